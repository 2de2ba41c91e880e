import CallboardDomain
import CapacityPlanning
import Forecasting

/// `report peak`'s answer: per queue and local day of the season, the published forecast,
/// what actually arrived, the requirement against the supply allocated to the queue (each
/// agent counted once), the gap; per site its totals and seat check; the plan from today;
/// and the per-day series a chart draws. With a site, every figure is that site's share.
public struct PeakOutlook: Sendable {
    /// Where a day stands relative to today.
    public enum Timing: String, Sendable, Equatable { case past, today, future }

    /// One queue on one day.
    public struct Row: Sendable, Equatable {
        public let queueID: QueueID
        public let accountID: AccountID
        public let language: LanguageCode
        public let channel: CallboardDomain.Channel
        public let day: LocalDate
        public let timing: Timing
        /// The revision the day's forecast comes from (an earlier one for days that were history
        /// when the latest ran); nil when no revision forecast the day.
        public let revision: Int?
        public let forecastP50: Double?
        public let forecastP90: Double?
        /// Offered contacts reported for the day so far; nil before any interval of it was reported.
        public let actual: Double?
        /// A past day the queue was forecast to be open but nothing was reported: a feed gap, not a zero.
        public let feedGap: Bool
        /// People the roster needs: the whole queue's, or with a site, the site's share of it;
        /// nil when no revision forecast the day.
        public let required: Double?
        /// Agents eligible for the queue that day (with a site: that site's).
        public let pool: Int
        /// Agents allocated to the queue, each agent counted once over all queues.
        public let allocated: Double
        /// Required minus allocated, never negative.
        public let gap: Double
        /// Supply once the plan's overtime, cross-training and hires land (days from today).
        public let planned: Double
        /// Allocation per site (network view), or the site's own (site view).
        public let sites: [SiteShare]

        /// Actual minus forecast (P50), for forecast days with reports before today.
        public var error: Double? {
            guard timing == .past, let actual, let forecastP50 else { return nil }
            return actual - forecastP50
        }

        /// The error over the forecast, when the forecast is not zero.
        public var errorShare: Double? {
            guard let error, let forecastP50, forecastP50 > 0 else { return nil }
            return error / forecastP50
        }
    }

    public let season: PeakSeason
    public let today: LocalDate
    public let rows: [Row]
    /// Per site and day: its agents, its share of demand, what it was allocated, the seat check.
    public let siteDays: [SiteDay]
    /// The plan from today (with a site, the site's actions).
    public let plan: [PlanAction]
    public let overtime: OvertimeRule
    /// What a chart draws, from the same computation.
    public let series: CapacitySeries
    /// Model versions of the publications read.
    public let modelVersions: [String]
    /// Confidence and method of each queue's publication read (see `PeakOutlook+Confidence`).
    public var confidence: [QueueID: QueueForecastConfidence] = [:]
}
