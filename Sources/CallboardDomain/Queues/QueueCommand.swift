import Foundation

/// What account management asks to happen to a queue.
public enum QueueCommand: Sendable, Equatable {
    /// Open a queue; the context must carry the account's state.
    case open(OpenQueue)
    case changeSLA(queue: QueueID, sla: ServiceLevelAgreement, effectiveFrom: Date)
    case close(queue: QueueID, closedOn: LocalDate, reason: String)
    /// Record that the queue takes no contacts for the whole of one local day on its market's
    /// clock (a site event, a client's closure), though its hours say it would be open.
    case recordClosure(queue: QueueID, on: LocalDate, reason: String)
    /// Withdraw a closure recorded by mistake; the closure stays in the log, withdrawn.
    case withdrawClosure(queue: QueueID, on: LocalDate, reason: String)
    /// Confirm that a local day's unusual volume was real demand (not an outage or a feed
    /// error), so the forecaster learns from it.
    case confirmDay(queue: QueueID, on: LocalDate, reason: String)
    /// Withdraw such a confirmation; it stays in the log, withdrawn.
    case withdrawDayConfirmation(queue: QueueID, on: LocalDate, reason: String)

    public var queueID: QueueID {
        switch self {
        case let .open(open): open.queueID
        case let .changeSLA(queue, _, _), let .close(queue, _, _): queue
        case let .recordClosure(queue, _, _), let .withdrawClosure(queue, _, _): queue
        case let .confirmDay(queue, _, _), let .withdrawDayConfirmation(queue, _, _): queue
        }
    }
}

/// The request to open a queue for a client account.
public struct OpenQueue: Sendable, Equatable {
    public var queueID: QueueID
    public var accountID: AccountID
    public var channel: Channel
    public var language: LanguageCode
    /// The country the queue serves, when the account serves several through separate queues.
    public var market: CountryCode?
    /// The market's timezone, in which hours of operation are read.
    public var timeZone: TimeZoneID
    public var hours: HoursOfOperation
    public var sla: ServiceLevelAgreement
    public var slaEffectiveFrom: Date

    public init(queueID: QueueID, accountID: AccountID, channel: Channel, language: LanguageCode,
                market: CountryCode? = nil, timeZone: TimeZoneID, hours: HoursOfOperation,
                sla: ServiceLevelAgreement, slaEffectiveFrom: Date) {
        self.queueID = queueID
        self.accountID = accountID
        self.channel = channel
        self.language = language
        self.market = market
        self.timeZone = timeZone
        self.hours = hours
        self.sla = sla
        self.slaEffectiveFrom = slaEffectiveFrom
    }
}

/// What a queue decision needs from other streams: the state of the queue's client account
/// (nil when it was never signed).
public struct QueueContext: Sendable {
    public var account: ClientAccountState?

    public init(account: ClientAccountState? = nil) { self.account = account }
}
