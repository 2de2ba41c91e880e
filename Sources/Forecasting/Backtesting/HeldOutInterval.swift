import Foundation

/// One interval of a backtest's test window: what the model and the yardstick forecast,
/// what happened, and, when it was not scored, why.
///
/// Exists as the row a scheduler audits (`forecast backtest --intervals`): every figure of
/// the summary can be recomputed from these rows.
public struct HeldOutInterval: Sendable, Hashable {
    /// UTC start instant.
    public let start: Date
    /// The market-local day and minute of day the interval starts on.
    public let localDay: LocalDate
    public let localMinute: Int
    public let p50: Double
    public let p90: Double
    /// Reported offered contacts (a placeholder 0 when ``exclusion`` is `.missing` or `.feedGap`).
    public let actual: Double
    /// The seasonal-naive yardstick's forecast.
    public let yardstick: Double
    /// Why the interval was not scored; nil when it was.
    public let exclusion: ScoringExclusion?

    public init(start: Date, localDay: LocalDate, localMinute: Int, p50: Double, p90: Double, actual: Double,
                yardstick: Double, exclusion: ScoringExclusion?) {
        self.start = start
        self.localDay = localDay
        self.localMinute = localMinute
        self.p50 = p50
        self.p90 = p90
        self.actual = actual
        self.yardstick = yardstick
        self.exclusion = exclusion
    }

    /// The local wall-clock start as `yyyy-MM-ddTHH:mm` (no offset: it is the market's clock).
    public var localStartText: String {
        let hours = localMinute / 60, minutes = localMinute % 60
        return "\(localDay)T\(hours < 10 ? "0" : "")\(hours):\(minutes < 10 ? "0" : "")\(minutes)"
    }
}
