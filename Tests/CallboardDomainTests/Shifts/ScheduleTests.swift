import Foundation
import Testing
@testable import CallboardDomain

@Suite("Agent schedules: overlaps, re-planning and cancellation")
struct ScheduleTests {
    private func schedule(_ events: [ShiftEvent]) -> ScheduleState? { Schedule.fold(events) }

    @Test func shiftsOfOneAgentMustNotOverlap() throws {
        let manila = try Scheduling(site: World.manila())
        let day = try Schedule.decide(
            manila.plan("S-1", on: "2026-03-02", from: "09:00", to: "17:00"), state: nil,
            context: manila.context)
        let refusal = ShiftRejection.overlapsShift(
            "S-1", localStart: .init(date: "2026-03-02", time: "09:00"),
            localEnd: .init(date: "2026-03-02", time: "17:00"))
        #expect(throws: refusal) {
            try Schedule.decide(
                manila.plan("S-2", on: "2026-03-02", from: "16:00", to: "20:00"), state: schedule(day),
                context: manila.context)
        }
        #expect(
            refusal.description
                == "The agent already has shift S-1 from 2026-03-02 09:00 to 2026-03-02 17:00, "
                + "which this shift overlaps."
        )
        #expect(
            try manila.planned(
                manila.plan("S-2", on: "2026-03-02", from: "17:00", to: "21:00"), schedule: schedule(day)
            ).shiftID == "S-2")
    }

    @Test func cancelledShiftsFreeTheirTime() throws {
        let manila = try Scheduling(site: World.manila())
        let day = try Schedule.decide(
            manila.plan("S-1", on: "2026-03-02", from: "09:00", to: "17:00"), state: nil, context: manila.context)
        let cancelled = try Schedule.decide(
            .cancel(agent: "A-1", shift: "S-1", reason: "swap"), state: schedule(day), context: manila.context)
        let after = schedule(day + cancelled)
        #expect(after?.activeShifts.isEmpty == true)
        #expect(
            try manila.planned(manila.plan("S-2", on: "2026-03-02", from: "10:00", to: "18:00"), schedule: after)
                .shiftID == "S-2")
    }

    @Test func planningTheSameShiftAgainChangesNothing() throws {
        let manila = try Scheduling(site: World.manila())
        let command = manila.plan("S-1", on: "2026-03-02", from: "09:00", to: "17:00")
        let first = try Schedule.decide(command, state: nil, context: manila.context)
        #expect(try Schedule.decide(command, state: schedule(first), context: manila.context).isEmpty)
        #expect(throws: ShiftRejection.alreadyPlanned("S-1")) {
            try Schedule.decide(
                manila.plan("S-1", on: "2026-03-03", from: "09:00", to: "17:00"), state: schedule(first),
                context: manila.context)
        }
        let cancelled = try Schedule.decide(
            .cancel(agent: "A-1", shift: "S-1", reason: ""), state: schedule(first), context: manila.context)
        #expect(throws: ShiftRejection.alreadyPlanned("S-1")) {
            try Schedule.decide(command, state: schedule(first + cancelled), context: manila.context)
        }
    }

    @Test func cancellingNeedsAPlannedShiftOnce() throws {
        let manila = try Scheduling(site: World.manila())
        #expect(throws: ShiftRejection.shiftNotFound("S-9")) {
            try Schedule.decide(.cancel(agent: "A-1", shift: "S-9", reason: ""), state: nil, context: manila.context)
        }
        let day = try Schedule.decide(
            manila.plan("S-1", on: "2026-03-02", from: "09:00", to: "17:00"), state: nil, context: manila.context)
        let cancelled = try Schedule.decide(
            .cancel(agent: "A-1", shift: "S-1", reason: ""), state: schedule(day), context: manila.context)
        #expect(throws: ShiftRejection.alreadyCancelled("S-1")) {
            try Schedule.decide(
                .cancel(agent: "A-1", shift: "S-1", reason: ""), state: schedule(day + cancelled),
                context: manila.context)
        }
    }
}
