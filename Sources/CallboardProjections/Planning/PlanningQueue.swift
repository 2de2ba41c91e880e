import CallboardDomain
import Forecasting
import Foundation

/// A queue as the forecast jobs need it: who it belongs to, its channel, language, market
/// and clock, the SLA in force at the end of its history, and its offered history.
///
/// Exists so the jobs read everything they learn from in one consistent read-model
/// snapshot (see ``PlanningInputsQuery``), and so a rerun over unchanged read models sees
/// exactly the same inputs.
public struct PlanningQueue: Sendable, Hashable {
    public let queueID: QueueID
    public let accountID: AccountID
    public let channel: Channel
    public let language: LanguageCode
    /// The market the queue serves, if stated (peak events depend on it).
    public let market: CountryCode?
    public let timeZone: TimeZoneID
    /// The latest SLA of the queue's timeline.
    public let sla: ServiceLevelAgreement?
    /// UTC start of the first reported interval; nil when nothing was ever reported.
    public let historyStart: Date?
    public let intervalMinutes: Int
    /// Offered contacts per interval from ``historyStart``, contiguous; intervals nobody
    /// reported are 0 (listed in ``missing`` when the queue was open by its hours).
    public let offered: [Double]
    /// Positions in ``offered`` the queue was open for by its hours but nobody reported:
    /// missing data, not zero demand.
    public let missing: IndexSet
    /// Handle seconds over handled contacts in the last eight weeks of history; nil when
    /// nothing was handled.
    public let averageHandleSeconds: Double?
    /// Closures, confirmed-real days and campaigns of the queue (``KnownDaysReader``).
    public var known: KnownDays = KnownDays()

    public init(queueID: QueueID, accountID: AccountID, channel: Channel, language: LanguageCode, market: CountryCode?,
                timeZone: TimeZoneID, sla: ServiceLevelAgreement?, historyStart: Date?, intervalMinutes: Int,
                offered: [Double], averageHandleSeconds: Double?, missing: IndexSet = []) {
        self.queueID = queueID
        self.accountID = accountID
        self.channel = channel
        self.language = language
        self.market = market
        self.timeZone = timeZone
        self.sla = sla
        self.historyStart = historyStart
        self.intervalMinutes = intervalMinutes
        self.offered = offered
        self.missing = missing
        self.averageHandleSeconds = averageHandleSeconds
    }

    /// UTC end of the history (exclusive).
    public var historyEnd: Date? {
        historyStart.map { $0.addingTimeInterval(Double(offered.count * intervalMinutes * 60)) }
    }
}
