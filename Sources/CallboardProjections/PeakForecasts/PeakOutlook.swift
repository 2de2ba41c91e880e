import CallboardDomain
import CapacityPlanning
import Forecasting

/// `report peak`'s answer: per queue and local day of the season, the published forecast
/// and required head count against certified supply, what actually arrived so far, and the
/// hiring and training plan that closes the gaps.
public struct PeakOutlook: Sendable {
    /// One queue on one day.
    public struct Row: Sendable, Equatable {
        public let queueID: QueueID
        public let accountID: AccountID
        public let language: LanguageCode
        public let channel: CallboardDomain.Channel
        public let day: CalendarDay
        public let revision: Int
        public let forecastP50: Double
        public let forecastP90: Double
        /// Offered contacts reported for the day so far; nil before any interval of it was reported.
        public let actual: Double?
        public let required: Int
        public let available: Int
        public let scheduled: Int
        /// Certified agents per site that day, by site id.
        public let sites: [SiteCoverage]
        public var gap: Int { required - available }
    }

    public let season: PeakSeason
    public let rows: [Row]
    public let plan: [HiringPlan.Cohort]
    /// Model versions of the publications read.
    public let modelVersions: [String]
    /// Confidence and method of each queue's publication read (see `PeakOutlook+Confidence`).
    public var confidence: [QueueID: QueueForecastConfidence] = [:]

    /// Required and available summed over the rows, per day: what the chart draws.
    public var dailyTotals: [GapChart.Point] {
        var totals: [CalendarDay: (Int, Int)] = [:]
        for row in rows {
            totals[row.day, default: (0, 0)].0 += row.required
            totals[row.day, default: (0, 0)].1 += row.available
        }
        return totals.keys.sorted().map { GapChart.Point(day: $0, required: totals[$0]!.0, available: totals[$0]!.1) }
    }
}
