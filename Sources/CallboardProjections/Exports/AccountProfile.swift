import CallboardDomain
import Foundation

/// A client account as its own exports describe it: the contract, and each queue with its
/// hours and SLA timeline. What `GET /v1/accounts/{account}` answers, and where every
/// other export finds the account's queues and default clock.
public struct AccountProfile: Sendable, Equatable {
    public let accountID: AccountID
    public let name: String
    public let markets: [String]
    public let brands: [String]
    public let channels: [String]
    public let languages: [String]
    public let signedOn: LocalDate
    public let offboardedOn: LocalDate?
    /// By queue id.
    public let queues: [QueueProfile]

    /// The market clock most of the account's queues run on (ties: the first by name):
    /// the default clock of the account's exports; nil without queues.
    public var marketTimeZone: TimeZoneID? {
        let counts = Dictionary(queues.map { ($0.timeZone.rawValue, 1) }, uniquingKeysWith: +)
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first.map { TimeZoneID($0.key) }
    }
}

/// One queue of an account with its effective-dated SLAs.
public struct QueueProfile: Sendable, Equatable {
    public let queueID: QueueID
    public let channel: CallboardDomain.Channel
    public let language: LanguageCode
    public let market: String?
    public let timeZone: TimeZoneID
    public let hours: String
    public let closedOn: LocalDate?
    /// Oldest first; each SLA holds until the next one's `effectiveFrom`.
    public let slas: [SLAPeriod]

    /// The SLA in force at `instant`; nil before the first.
    public func sla(at instant: Date) -> SLAPeriod? {
        slas.last { $0.effectiveFrom <= instant }
    }
}

/// One entry of a queue's SLA timeline.
public struct SLAPeriod: Sendable, Equatable {
    public let effectiveFrom: Date
    public let sla: ServiceLevelAgreement
    public let description: String
}
