/// The business rules of a queue: it belongs to a signed, not offboarded client account and
/// serves a channel, language and market inside that account's contract; its SLA fits its
/// channel and changes only from a stated instant on; a closed queue accepts no more changes.
public enum Queue: Decider {
    public static func streamID(for command: QueueCommand) -> StreamID { .queue(command.queueID) }

    public static func evolve(_ state: QueueState?, _ event: QueueEvent) -> QueueState {
        if case let .opened(opened) = event { return QueueState(opened) }
        guard var queue = state else { preconditionFailure("queue stream does not start with QueueOpened") }
        switch event {
        case .opened: break
        case let .slaChanged(change):
            queue.slaTimeline.insert(.init(effectiveFrom: change.effectiveFrom, sla: change.sla))
        case .closed: queue.isClosed = true
        case let .closureRecorded(closure):
            queue.closureDays[closure.day] = closure.reason
            queue.closureRecordings[closure.day] = closure.recording
        case let .closureWithdrawn(withdrawal): queue.closureDays[withdrawal.day] = nil
        case let .dayConfirmedReal(confirmation):
            queue.confirmedDays[confirmation.day] = confirmation.reason
            queue.dayConfirmations[confirmation.day] = confirmation.confirmation
        case let .dayConfirmationWithdrawn(withdrawal): queue.confirmedDays[withdrawal.day] = nil
        }
        return queue
    }

    public static func decide(
        _ command: QueueCommand, state: QueueState?, context: QueueContext = QueueContext()
    ) throws(QueueRejection) -> [QueueEvent] {
        let outOfRange = CommandValues.problems(in: command)
        guard outOfRange.isEmpty else { throw .invalidFields(outOfRange) }
        if case let .open(open) = command { return try opening(open, state, context.account) }
        guard let queue = state else { throw .notOpened(command.queueID) }
        guard !queue.isClosed else { throw .closed(queue.id) }
        switch command {
        case .open:
            return []
        case let .changeSLA(_, sla, effectiveFrom):
            var checks = FieldChecks()
            checks.requireServiceLevel(sla, for: queue.channel, "sla")
            guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
            if let existing = queue.slaTimeline.entry(effectiveFrom: effectiveFrom), existing.sla != sla {
                throw .slaAlreadyScheduled(queue.id, effectiveFrom: effectiveFrom, existing: existing.sla)
            }
            guard queue.sla(at: effectiveFrom) != sla else { return [] }
            return [.slaChanged(.init(queueID: queue.id, sla: sla, effectiveFrom: effectiveFrom))]
        case let .close(_, closedOn, reason):
            return [.closed(.init(queueID: queue.id, closedOn: closedOn, reason: reason))]
        case let .recordClosure(_, day, reason):
            return try QueueClosures.record(day, reason: reason, on: queue)
        case let .withdrawClosure(_, day, reason):
            return try QueueClosures.withdraw(day, reason: reason, on: queue)
        case let .confirmDay(_, day, reason):
            return try QueueDayConfirmations.confirm(day, reason: reason, on: queue)
        case let .withdrawDayConfirmation(_, day, reason):
            return try QueueDayConfirmations.withdraw(day, reason: reason, on: queue)
        }
    }

    private static func opening(
        _ open: OpenQueue, _ state: QueueState?, _ account: ClientAccountState?
    ) throws(QueueRejection) -> [QueueEvent] {
        guard state == nil else { throw .alreadyOpened(open.queueID) }
        var checks = FieldChecks()
        checks.requireIdentifier(open.queueID, "queueID")
        checks.requireLanguages([open.language], "language")
        if let market = open.market { checks.requireCountry(market, "market") }
        checks.requireKnownTimeZone(open.timeZone, "timeZone")
        checks.requireHours(open.hours, "hours")
        checks.requireServiceLevel(open.sla, for: open.channel, "sla")
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        guard let account, account.id == open.accountID else { throw .accountNotSigned(open.accountID) }
        guard !account.isOffboarded else { throw .accountOffboarded(account.id) }
        try requireContracted(open.channel, account.channels, "channel", account)
        try requireContracted(open.language, account.languages, "language", account)
        if let market = open.market { try requireContracted(market, account.markets, "market", account) }
        return [.opened(.init(
            queueID: open.queueID, accountID: open.accountID, channel: open.channel,
            language: open.language, market: open.market, timeZone: open.timeZone, hours: open.hours,
            sla: open.sla, slaEffectiveFrom: open.slaEffectiveFrom))]
    }

    private static func requireContracted<T: Equatable & CustomStringConvertible>(
        _ value: T, _ contracted: [T], _ field: String, _ account: ClientAccountState
    ) throws(QueueRejection) {
        guard !contracted.contains(value) else { return }
        throw .notInContract(account.id, field: field, value: value.description,
                             contracted: contracted.map(\.description))
    }
}
