import Foundation

/// The business rules of closing an account's service-level month: the account must be
/// signed, the month over on its market clock, and a month is closed once, so what was
/// reported to the client is never silently rewritten by later corrections.
public enum SLAMonth: Decider {
    public static func streamID(for command: CloseSLAMonth) -> StreamID {
        .slaMonth(command.accountID, command.month)
    }

    public static func evolve(_ state: SLAMonthState?, _ event: SLAMonthEvent) -> SLAMonthState {
        switch event {
        case let .closed(closed): SLAMonthState(closed: closed)
        }
    }

    public static func decide(
        _ command: CloseSLAMonth, state: SLAMonthState?, context: SLAMonthContext
    ) throws(SLAMonthRejection) -> [SLAMonthEvent] {
        let outOfRange = CommandValues.problems(in: command)
        guard outOfRange.isEmpty else { throw .invalidFields(outOfRange) }
        var checks = FieldChecks()
        checks.requireIdentifier(command.accountID, "accountID")
        checks.requireText(command.figuresFingerprint, "figuresFingerprint")
        checks.requireText(command.position, "position")
        checks.requireText(command.closedBy, "closedBy")
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        if let closed = state?.closed {
            throw .alreadyClosed(closed.accountID, closed.month, at: closed.closedAt, by: closed.closedBy)
        }
        guard context.account?.id == command.accountID, let zone = (context.marketTimeZone ?? "UTC").timeZone else {
            throw .accountNotSigned(command.accountID)
        }
        let closesOn = command.month.next.firstDay
        guard command.closedAt >= closesOn.start(in: zone) else {
            throw .monthNotOver(command.accountID, command.month, closesOn: closesOn)
        }
        return [.closed(SLAMonthClosed(
            accountID: command.accountID, month: command.month, figuresFingerprint: command.figuresFingerprint,
            position: command.position, knownAt: command.knownAt, closedAt: command.closedAt, closedBy: command.closedBy))]
    }
}
