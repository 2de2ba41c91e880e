import Foundation
import Testing
@testable import CallboardDomain

@Suite("Shift planning rules")
struct ShiftPlanningTests {
    @Test func aPlannedShiftKeepsLocalAndUTCTimes() throws {
        let manila = try Scheduling(site: World.manila())
        let shift = try manila.planned(
            manila.plan(
                on: "2026-03-02", from: "09:00", to: "18:00",
                breaks: [ShiftBreak(start: "13:00", minutes: 60)]))
        #expect(shift.siteID == "MNL")
        #expect(shift.timeZone == "Asia/Manila")
        #expect(shift.localStart == LocalDateTime(date: "2026-03-02", time: "09:00"))
        #expect(shift.start == utc("2026-03-02T01:00:00Z"))
        #expect(shift.end == utc("2026-03-02T10:00:00Z"))
        #expect(
            shift.breaks == [
                PlannedBreak(
                    localStart: .init(date: "2026-03-02", time: "13:00"),
                    start: utc("2026-03-02T05:00:00Z"), minutes: 60)
            ])
        #expect(shift.workedSeconds == 8 * 3600)
    }

    @Test func overnightShiftsWrapToTheNextDay() throws {
        let manila = try Scheduling(site: World.manila())
        let shift = try manila.planned(
            manila.plan(
                on: "2026-03-02", from: "22:00", to: "06:00",
                breaks: [ShiftBreak(start: "02:00", minutes: 30)]))
        #expect(shift.localEnd.date == "2026-03-03")
        #expect(shift.breaks.first?.localStart == LocalDateTime(date: "2026-03-03", time: "02:00"))
    }

    @Test func invalidFieldsAreAllReported() throws {
        let manila = try Scheduling(site: World.manila())
        let command = ShiftCommand.plan(
            PlanShift(
                shiftID: "", agentID: "A-1", queues: [], date: "2026-03-02",
                start: "09:00", end: "17:00", breaks: [ShiftBreak(start: "12:00", minutes: 0)]))
        let error = try #require(throws: ShiftRejection.self) {
            try Schedule.decide(command, state: nil, context: manila.context)
        }
        guard case let .invalidFields(problems) = error else { Issue.record("\(error)"); return }
        #expect(problems.map(\.field) == ["shiftID", "queues", "breaks.minutes"])
    }

    @Test func theAgentMustBeHiredAndNotHaveLeft() throws {
        let manila = try Scheduling(site: World.manila())
        let command = manila.plan(on: "2026-03-02", from: "09:00", to: "17:00")
        #expect(throws: ShiftRejection.agentNotHired("A-1")) {
            try Schedule.decide(
                command, state: nil, context: ShiftContext(site: manila.site, knownQueues: manila.knownQueues))
        }
        let left = try Agent.decide(
            .changeStatus(agent: "A-1", to: .left, effectiveOn: "2026-02-27", reason: "resigned"),
            state: manila.agent
        ).reduce(manila.agent) { Agent.evolve($0, $1) }
        #expect(throws: ShiftRejection.agentHasLeft("A-1")) {
            try Schedule.decide(
                command, state: nil,
                context: ShiftContext(
                    agent: left, site: manila.site,
                    knownQueues: manila.knownQueues))
        }
    }

    @Test func theAgentsSiteMustBeOpen() throws {
        let manila = try Scheduling(site: World.manila())
        let command = manila.plan(on: "2026-03-02", from: "09:00", to: "17:00")
        #expect(throws: ShiftRejection.siteNotOpened("MNL")) {
            try Schedule.decide(
                command, state: nil,
                context: ShiftContext(
                    agent: manila.agent, site: World.sofia(),
                    knownQueues: manila.knownQueues))
        }
        #expect(throws: ShiftRejection.siteClosed("MNL")) {
            try Schedule.decide(
                command, state: nil,
                context: ShiftContext(
                    agent: manila.agent, site: World.closed(manila.site),
                    knownQueues: manila.knownQueues))
        }
    }

    @Test func queuesMustBeKnown() throws {
        var manila = try Scheduling(site: World.manila())
        manila.knownQueues = ["Q-CHAT"]
        let refusal = ShiftRejection.unknownQueues(["Q-VOICE"])
        #expect(throws: refusal) {
            try Schedule.decide(
                manila.plan(on: "2026-03-02", from: "09:00", to: "17:00"), state: nil, context: manila.context)
        }
        #expect(refusal.description == "No open queue is called Q-VOICE (field queues).")
    }

    @Test func shiftsLongerThanTheSiteMaximumAreRefused() throws {
        let manila = try Scheduling(site: World.manila())
        #expect(throws: ShiftRejection.tooLong(elapsedMinutes: 630, maximumMinutes: 600, site: "MNL")) {
            try Schedule.decide(
                manila.plan(on: "2026-03-02", from: "08:00", to: "18:30"), state: nil, context: manila.context)
        }
        #expect(try manila.planned(manila.plan(on: "2026-03-02", from: "08:00", to: "18:00")).elapsedSeconds == 36_000)
    }

    @Test func breaksMustLieWithinTheShiftAndNotOverlap() throws {
        let manila = try Scheduling(site: World.manila())
        #expect(throws: ShiftRejection.breakOutsideShift(.init(date: "2026-03-03", time: "08:00"))) {
            try Schedule.decide(
                manila.plan(
                    on: "2026-03-02", from: "09:00", to: "17:00",
                    breaks: [ShiftBreak(start: "08:00", minutes: 15)]),
                state: nil, context: manila.context)
        }
        #expect(throws: ShiftRejection.breakOutsideShift(.init(date: "2026-03-02", time: "16:50"))) {
            try Schedule.decide(
                manila.plan(
                    on: "2026-03-02", from: "09:00", to: "17:00",
                    breaks: [ShiftBreak(start: "16:50", minutes: 15)]),
                state: nil, context: manila.context)
        }
        #expect(
            throws: ShiftRejection.breaksOverlap(
                .init(date: "2026-03-02", time: "12:00"), .init(date: "2026-03-02", time: "12:30"))
        ) {
            try Schedule.decide(
                manila.plan(
                    on: "2026-03-02", from: "09:00", to: "17:00",
                    breaks: [ShiftBreak(start: "12:30", minutes: 15), ShiftBreak(start: "12:00", minutes: 60)]),
                state: nil, context: manila.context)
        }
    }
}
