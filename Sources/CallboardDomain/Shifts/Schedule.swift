/// The business rules of an agent's schedule: a shift is planned in the agent's site's local
/// time on known queues for an agent who has not left, at an open site; it must resolve to
/// real instants under the DST rule (see `ShiftTiming`), stay within the site's maximum
/// shift length, keep its breaks inside it, and not overlap the agent's other shifts; on a
/// queue that requires a training program, the agent must be certified for the whole shift.
public enum Schedule: Decider {
    public static func streamID(for command: ShiftCommand) -> StreamID { .schedule(command.agentID) }

    public static func evolve(_ state: ScheduleState?, _ event: ShiftEvent) -> ScheduleState {
        var schedule = state ?? ScheduleState()
        switch event {
        case let .planned(shift): schedule.shifts[shift.shiftID] = shift
        case let .cancelled(cancellation): schedule.cancelled.insert(cancellation.shiftID)
        }
        return schedule
    }

    public static func decide(
        _ command: ShiftCommand, state: ScheduleState?, context: ShiftContext
    ) throws(ShiftRejection) -> [ShiftEvent] {
        let outOfRange = CommandValues.problems(in: command)
        guard outOfRange.isEmpty else { throw .invalidFields(outOfRange) }
        let schedule = state ?? ScheduleState()
        switch command {
        case let .plan(plan):
            return try planning(plan, schedule, context)
        case let .cancel(agent, shift, reason):
            guard schedule.shifts[shift] != nil else { throw .shiftNotFound(shift) }
            guard !schedule.cancelled.contains(shift) else { throw .alreadyCancelled(shift) }
            return [.cancelled(.init(shiftID: shift, agentID: agent, reason: reason))]
        }
    }

    private static func planning(
        _ plan: PlanShift, _ schedule: ScheduleState, _ context: ShiftContext
    ) throws(ShiftRejection) -> [ShiftEvent] {
        var checks = FieldChecks()
        checks.requireIdentifier(plan.shiftID, "shiftID")
        checks.requireDistinctNonEmpty(plan.queues, "queues")
        for item in plan.breaks {
            checks.require(item.minutes > 0, "breaks.minutes", "\(item.minutes)", "must be greater than zero")
            if item.minutes > 0 { checks.require(item.minutes, within: InputLimits.breakMinutes, "breaks.minutes") }
        }
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        guard let agent = context.agent, agent.id == plan.agentID else { throw .agentNotHired(plan.agentID) }
        guard !agent.hasLeft else { throw .agentHasLeft(agent.id) }
        guard let site = context.site, site.id == agent.siteID else { throw .siteNotOpened(agent.siteID) }
        guard !site.isClosed else { throw .siteClosed(site.id) }
        let unknown = plan.queues.filter { !context.knownQueues.contains($0) }
        guard unknown.isEmpty else { throw .unknownQueues(unknown) }
        guard let zone = site.timeZone else {
            throw .invalidFields([FieldProblem(field: "site.timeZone", value: "'\(site.timeZoneID)'",
                                               rule: "must be a known IANA timezone")])
        }
        let timing = try ShiftTiming(plan, zone: zone, zoneID: site.timeZoneID)
        guard timing.elapsedMinutes <= site.maximumShiftMinutes else {
            throw .tooLong(elapsedMinutes: timing.elapsedMinutes, maximumMinutes: site.maximumShiftMinutes,
                           site: site.id)
        }
        let shift = ShiftPlanned(
            shiftID: plan.shiftID, agentID: agent.id, siteID: site.id, queues: plan.queues.sorted(),
            timeZone: site.timeZoneID, localStart: timing.localStart, localEnd: timing.localEnd,
            start: timing.start, end: timing.end, breaks: timing.breaks)
        if let existing = schedule.shifts[plan.shiftID] {
            guard existing == shift, !schedule.cancelled.contains(plan.shiftID) else {
                throw .alreadyPlanned(plan.shiftID)
            }
            return []
        }
        for queue in shift.queues {
            if case let .refused(gap)? = context.certifications[queue]?.verdict(throughout: shift.start..<shift.end) {
                throw .notCertified(agent.id, queue: queue, gap)
            }
        }
        if let clash = schedule.activeShifts.first(where: { $0.overlaps(shift) }) {
            throw .overlapsShift(clash.shiftID, localStart: clash.localStart, localEnd: clash.localEnd)
        }
        return [.planned(shift)]
    }
}
