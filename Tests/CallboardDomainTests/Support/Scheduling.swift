import Foundation
@testable import CallboardDomain

/// An agent working at a site, ready to be scheduled, and helpers to plan shifts for them.
struct Scheduling {
    let site: SiteState
    let agent: AgentState
    var knownQueues: Set<QueueID> = ["Q-VOICE", "Q-CHAT"]

    init(site: SiteState) throws {
        self.site = site
        agent = try World.hire("A-1", at: site)
    }

    var context: ShiftContext { ShiftContext(agent: agent, site: site, knownQueues: knownQueues) }

    func plan(
        _ id: ShiftID = "S-1", on date: LocalDate, from start: LocalTime, to end: LocalTime,
        breaks: [ShiftBreak] = [], startOccurrence: Occurrence? = nil, endOccurrence: Occurrence? = nil
    ) -> ShiftCommand {
        .plan(
            PlanShift(
                shiftID: id, agentID: agent.id, queues: ["Q-VOICE"], date: date, start: start, end: end,
                breaks: breaks, startOccurrence: startOccurrence, endOccurrence: endOccurrence))
    }

    /// Decides `command` against `schedule` and returns the single planned shift.
    func planned(_ command: ShiftCommand, schedule: ScheduleState? = nil) throws -> ShiftPlanned {
        let events = try Schedule.decide(command, state: schedule, context: context)
        guard events.count == 1, case let .planned(shift) = events[0] else {
            throw ScheduleTestFailure.notPlanned(events)
        }
        return shift
    }
}

enum ScheduleTestFailure: Error {
    case notPlanned([ShiftEvent])
}
