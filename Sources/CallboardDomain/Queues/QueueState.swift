import Foundation

/// What decisions and reports need to know about a queue: whose it is, what it serves, on
/// which clock and hours, the SLA over time, and whether it still runs.
public struct QueueState: Sendable, Equatable {
    public let id: QueueID
    public let accountID: AccountID
    public let channel: Channel
    public let language: LanguageCode
    public let market: CountryCode?
    public let timeZoneID: TimeZoneID
    public let hours: HoursOfOperation
    public internal(set) var slaTimeline: ServiceLevelTimeline
    public internal(set) var isClosed: Bool
    /// The local days (market clock) the queue is recorded closed, with the reason given.
    public internal(set) var closureDays: [LocalDate: String]
    /// How many times each day was recorded closed, withdrawn closures included.
    var closureRecordings: [LocalDate: Int]
    /// The local days a user confirmed as real demand, with the reason given.
    public internal(set) var confirmedDays: [LocalDate: String]
    /// How many times each day was confirmed, withdrawn confirmations included.
    var dayConfirmations: [LocalDate: Int]

    init(_ opened: QueueOpened) {
        id = opened.queueID
        accountID = opened.accountID
        channel = opened.channel
        language = opened.language
        market = opened.market
        timeZoneID = opened.timeZone
        hours = opened.hours
        slaTimeline = ServiceLevelTimeline([.init(effectiveFrom: opened.slaEffectiveFrom, sla: opened.sla)])
        isClosed = false
        closureDays = [:]
        closureRecordings = [:]
        confirmedDays = [:]
        dayConfirmations = [:]
    }

    /// The SLA in force at `instant`; nil before the queue's first SLA took effect.
    public func sla(at instant: Date) -> ServiceLevelAgreement? { slaTimeline.sla(at: instant) }

    /// Whether the queue takes contacts at `instant` (false if its timezone is unknown).
    public func isOpen(at instant: Date) -> Bool {
        guard let zone = timeZoneID.timeZone else { return false }
        return hours.isOpen(at: instant, in: zone)
    }
}
