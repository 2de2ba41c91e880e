import Foundation
import Testing
@testable import CallboardDomain

/// Shifts planned in local time across the real 2026 DST changes: durations are real elapsed
/// time, gaps are refused naming the gap, repeated times need an occurrence choice.
@Suite("Shifts across daylight-saving changes")
struct ShiftDSTTests {
    @Test func sofiaOvernightShiftOverTheAutumnChangeLastsNineHours() throws {
        let sofia = try Scheduling(site: World.sofia())
        let shift = try sofia.planned(sofia.plan(on: "2026-10-24", from: "22:00", to: "06:00"))
        #expect(shift.start == utc("2026-10-24T19:00:00Z"))
        #expect(shift.end == utc("2026-10-25T04:00:00Z"))
        #expect(shift.elapsedSeconds == 9 * 3600)
        #expect(shift.localEnd == LocalDateTime(date: "2026-10-25", time: "06:00"))
    }

    @Test func sofiaOvernightShiftOverTheSpringChangeLastsSevenHours() throws {
        let sofia = try Scheduling(site: World.sofia())
        let shift = try sofia.planned(sofia.plan(on: "2026-03-28", from: "22:00", to: "06:00"))
        #expect(shift.elapsedSeconds == 7 * 3600)
    }

    @Test func theMaximumIsCheckedInRealTime() throws {
        let sofia = try Scheduling(site: World.sofia())
        // 21:00-07:00 reads as 10 h on the wall but lasts 11 h when clocks fall back.
        let refusal = ShiftRejection.tooLong(elapsedMinutes: 660, maximumMinutes: 600, site: "SOF")
        #expect(throws: refusal) {
            try Schedule.decide(
                sofia.plan(on: "2026-10-24", from: "21:00", to: "07:00"), state: nil, context: sofia.context)
        }
        #expect(
            refusal.description
                == "The shift lasts 11 h of real time, longer than site SOF's maximum of 10 h (field end).")
        // 20:00-07:00 reads as 11 h but lasts 10 h when clocks spring forward.
        #expect(try sofia.planned(sofia.plan(on: "2026-03-28", from: "20:00", to: "07:00")).elapsedSeconds == 10 * 3600)
    }

    @Test func newYorkStartInTheSpringGapIsRefusedNamingTheGap() throws {
        let newYork = try Scheduling(site: World.newYork())
        let refusal = ShiftRejection.localTimeSkipped(
            field: "start", local: .init(date: "2026-03-08", time: "02:30"), timeZone: "America/New_York",
            gapFrom: .init(date: "2026-03-08", time: "02:00"), gapTo: .init(date: "2026-03-08", time: "03:00"))
        #expect(throws: refusal) {
            try Schedule.decide(
                newYork.plan(on: "2026-03-08", from: "02:30", to: "10:00"), state: nil, context: newYork.context)
        }
        #expect(
            refusal.description == "The local time 2026-03-08 02:30 (field start) does not exist in America/New_York: "
                + "clocks jump from 02:00 to 03:00 that night. Plan outside the gap; shifts are never moved silently.")
    }

    @Test func endInTheSpringGapIsRefusedToo() throws {
        let london = try Scheduling(site: World.london())
        let error = try #require(throws: ShiftRejection.self) {
            try Schedule.decide(
                london.plan(on: "2026-03-28", from: "18:00", to: "01:30"), state: nil, context: london.context)
        }
        guard case .localTimeSkipped(field: "end", _, _, _, _) = error else { Issue.record("\(error)"); return }
    }

    @Test func newYorkFallBackStartNeedsAnOccurrence() throws {
        let newYork = try Scheduling(site: World.newYork())
        let refusal = ShiftRejection.localTimeRepeated(
            field: "start", local: .init(date: "2026-11-01", time: "01:30"), timeZone: "America/New_York",
            earlier: utc("2026-11-01T05:30:00Z"), later: utc("2026-11-01T06:30:00Z"), occurrenceField: "startOccurrence"
        )
        #expect(throws: refusal) {
            try Schedule.decide(
                newYork.plan(on: "2026-11-01", from: "01:30", to: "09:30"), state: nil, context: newYork.context)
        }
        #expect(refusal.description.contains("happens twice in America/New_York because clocks fall back"))
        #expect(refusal.description.contains("(field startOccurrence)"))
        let earlier = try newYork.planned(
            newYork.plan(on: "2026-11-01", from: "01:30", to: "09:30", startOccurrence: .earlier))
        #expect(earlier.start == utc("2026-11-01T05:30:00Z"))
        #expect(earlier.elapsedSeconds == 9 * 3600)
        let later = try newYork.planned(
            newYork.plan(on: "2026-11-01", from: "01:30", to: "09:30", startOccurrence: .later))
        #expect(later.elapsedSeconds == 8 * 3600)
    }

    @Test func newYorkOvernightShiftOverTheFallBack() throws {
        let newYork = try Scheduling(site: World.newYork())
        let shift = try newYork.planned(newYork.plan(on: "2026-10-31", from: "22:00", to: "06:00"))
        #expect(shift.start == utc("2026-11-01T02:00:00Z"))
        #expect(shift.end == utc("2026-11-01T11:00:00Z"))
    }

    @Test func occurrenceChoicesThatPutTheEndFirstAreRefused() throws {
        let newYork = try Scheduling(site: World.newYork())
        #expect(
            throws: ShiftRejection.endsBeforeStart(start: utc("2026-11-01T06:30:00Z"), end: utc("2026-11-01T05:45:00Z"))
        ) {
            try Schedule.decide(
                newYork.plan(
                    on: "2026-11-01", from: "01:30", to: "01:45",
                    startOccurrence: .later, endOccurrence: .earlier),
                state: nil, context: newYork.context)
        }
    }

    @Test func breakInARepeatedHourNeedsAnOccurrence() throws {
        let sofia = try Scheduling(site: World.sofia())
        let ambiguousBreak = [ShiftBreak(start: "03:30", minutes: 30)]
        let error = try #require(throws: ShiftRejection.self) {
            try Schedule.decide(
                sofia.plan(on: "2026-10-24", from: "22:00", to: "06:00", breaks: ambiguousBreak),
                state: nil, context: sofia.context)
        }
        guard case .localTimeRepeated(field: "breaks.start", _, _, _, _, occurrenceField: "breaks.occurrence") = error
        else {
            Issue.record("\(error)"); return
        }
        let chosen = [ShiftBreak(start: "03:30", minutes: 30, occurrence: .later)]
        let shift = try sofia.planned(sofia.plan(on: "2026-10-24", from: "22:00", to: "06:00", breaks: chosen))
        #expect(shift.breaks.first?.start == utc("2026-10-25T01:30:00Z"))
        #expect(shift.workedSeconds == 8 * 3600 + 30 * 60)
    }

    @Test(arguments: ["2026-03-08", "2026-03-29", "2026-10-25", "2026-11-01"] as [LocalDate])
    func manilaShiftsAreUnaffected(_ date: LocalDate) throws {
        let manila = try Scheduling(site: World.manila())
        let shift = try manila.planned(manila.plan(on: date.adding(days: -1), from: "22:00", to: "06:00"))
        #expect(shift.elapsedSeconds == 8 * 3600)
        let night = try manila.planned(manila.plan(on: date, from: "01:30", to: "09:30"))
        #expect(LocalDateTime(night.start, in: zone("Asia/Manila")) == LocalDateTime(date: date, time: "01:30"))
    }

    @Test func laPazShiftsAreUnaffected() throws {
        let santaCruz = try Scheduling(site: World.santaCruz())
        let shift = try santaCruz.planned(santaCruz.plan(on: "2026-11-01", from: "01:30", to: "09:30"))
        #expect(shift.start == utc("2026-11-01T05:30:00Z"))
        #expect(shift.elapsedSeconds == 8 * 3600)
    }
}
