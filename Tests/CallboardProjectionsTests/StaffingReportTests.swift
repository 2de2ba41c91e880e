import CallboardDomain
import CallboardProjections
import PostgresTestSupport
import Testing

@Suite("A site's staffing for an ISO week")
struct StaffingReportTests {
    @Test func listsTheWeeksShiftsAndHoursPerQueueInSiteLocalTime() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await world.openSite("MNL", zone: "Asia/Manila")
            try await world.signAccount("TAB")
            try await world.openQueue("EN", account: "TAB")
            try await world.openQueue("ES", account: "TAB", language: "es")
            try await world.hire("M1", at: "MNL", name: "Ana Cruz")
            try await world.hire("M2", at: "MNL", name: "Ben Reyes")
            try await world.plan("a", agent: "M1", queues: ["EN"], on: "2026-11-23", from: "08:00", to: "17:00",
                                 breaks: [ShiftBreak(start: "12:00", minutes: 60)])
            try await world.plan("b", agent: "M1", queues: ["EN", "ES"], on: "2026-11-24", from: "22:00", to: "06:00")
            try await world.plan("c", agent: "M1", queues: ["EN"], on: "2026-11-25", from: "08:00", to: "12:00")
            try await world.schedule(.cancel(agent: "M1", shift: "c", reason: "training day"))
            try await world.plan("d", agent: "M2", queues: ["ES"], on: "2026-11-29", from: "09:00", to: "13:00")
            try await world.plan("e", agent: "M2", queues: ["ES"], on: "2026-11-30", from: "09:00", to: "13:00")
            try await world.plan("f", agent: "M2", queues: ["ES"], on: "2026-11-22", from: "09:00", to: "13:00")

            let week = try #require(ISOWeek(parsing: "2026-W48"))
            let staffing = try await ReadModelHarness(store: store).live(StaffingReport(siteID: "MNL", week: week)).output

            #expect(staffing.shifts.map(\.shiftID) == ["a", "b", "d"])
            #expect(staffing.shifts.map(\.agentName) == ["Ana Cruz", "Ana Cruz", "Ben Reyes"])
            #expect(staffing.shifts[1].localStart.description == "2026-11-24 22:00")
            #expect(staffing.shifts[1].localEnd.description == "2026-11-25 06:00")
            #expect(staffing.shifts.map(\.workedSeconds) == [8 * 3600, 8 * 3600, 4 * 3600])
            #expect(staffing.queues.map(\.queueID) == ["EN", "ES"])
            #expect(staffing.queues[0].hoursByDay == [8, 8, 0, 0, 0, 0, 0])
            #expect(staffing.queues[1].hoursByDay == [0, 8, 0, 0, 0, 0, 4])
            #expect(staffing.queues.map(\.totalHours) == [16, 12])
            // The totals row sums the queue rows (shift b counts for EN and ES); the worked
            // hours count each shift once and match the shift rows.
            #expect(staffing.queueHoursByDay == [8, 16, 0, 0, 0, 0, 4])
            #expect(staffing.queueHours == staffing.queues.reduce(0) { $0 + $1.totalHours } && staffing.queueHours == 28)
            #expect(staffing.workedHours == 20 && staffing.workedHoursByDay == [8, 8, 0, 0, 0, 0, 4])
            #expect(staffing.workedHours == Double(staffing.shifts.reduce(0) { $0 + $1.workedSeconds }) / 3600)
            #expect(staffing.shiftsWithoutQueue == 0)
        }
    }

    @Test func anOvernightShiftOverTheFallBackLastsNineHours() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await world.openSite("NYC", zone: "America/New_York")
            try await world.signAccount("TAB")
            try await world.openQueue("EN", account: "TAB")
            try await world.hire("N1", at: "NYC")
            try await world.plan("night", agent: "N1", queues: ["EN"], on: "2026-10-31", from: "22:00", to: "06:00")

            let week = try #require(ISOWeek(parsing: "2026-W44"))
            let staffing = try await ReadModelHarness(store: store).live(StaffingReport(siteID: "NYC", week: week)).output
            #expect(staffing.shifts.map(\.workedSeconds) == [9 * 3600])
            #expect(staffing.queues.first?.hoursByDay == [0, 0, 0, 0, 0, 9, 0])
        }
    }

    @Test func isoWeeksFollowTheThursdayRule() throws {
        #expect(ISOWeek(parsing: "2026-W48")?.monday == "2026-11-23")
        #expect(ISOWeek(parsing: "2026-W01")?.monday == "2025-12-29")
        #expect(ISOWeek(parsing: "2026-W53")?.monday == "2026-12-28")
        #expect(ISOWeek(parsing: "2027-W53") == nil)
        #expect(ISOWeek(parsing: "2026-48") == nil)
        #expect(ISOWeek(parsing: "2026-W48")?.description == "2026-W48")
    }
}
