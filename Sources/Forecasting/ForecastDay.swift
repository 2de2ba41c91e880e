/// One market-local day of a forecast: its expected total and how the model got there.
///
/// Exists so a planner can see why a day is high ("Black Friday: baseline 3 100 x uplift
/// 2.4, learned from 2 past years") and so daily accuracy can be checked.
public struct ForecastDay: Sendable, Hashable, Codable {
    public let day: LocalDate
    /// Expected offered contacts over the whole local day (also the hours outside the horizon).
    public let p50: Double
    /// Trend level x weekday factor: the day without any peak uplift.
    public let baseline: Double
    /// The peak uplift applied (1 on normal days).
    public let uplift: Double
    /// The day's position relative to a peak event, if any.
    public let peakDay: PeakDay?
    /// Past occurrences the uplift was learned from (0 on normal days or unseen events; for an
    /// uplift borrowed from neighbouring positions, the fewest behind any of them).
    public let upliftEvidence: Int
    /// Whether every interval of the local day lies in the horizon.
    public let isWholeDay: Bool
    /// The 90th percentile of the day's total (not the sum of its intervals' P90s, which
    /// would assume every interval runs high at once).
    public let p90: Double
    /// The share (0...1, in logs) of the day's peak uplift that comes from the queue's own
    /// history; the rest comes from the pooled estimate of comparable queues
    /// (``PeakUpliftPrior``). 1 on normal days and when no pooled estimate was given.
    public let ownWeight: Double
    /// The queue is closed all day (a known closure): P50 and P90 are 0.
    public let isClosed: Bool
    /// The market's public holiday on the day, if any (its name).
    public let holiday: String?
    /// The day's peak uplift is the documented retail default (``RetailPeakDefaults``): neither
    /// the queue nor its pool has seen the event, so nothing about it was learned.
    public let usesRetailDefault: Bool

    public init(day: LocalDate, p50: Double, baseline: Double, uplift: Double, peakDay: PeakDay?,
                upliftEvidence: Int, isWholeDay: Bool, p90: Double? = nil, ownWeight: Double = 1,
                isClosed: Bool = false, holiday: String? = nil, usesRetailDefault: Bool = false) {
        self.day = day
        self.p50 = p50
        self.baseline = baseline
        self.uplift = uplift
        self.peakDay = peakDay
        self.upliftEvidence = upliftEvidence
        self.isWholeDay = isWholeDay
        self.p90 = p90 ?? p50
        self.ownWeight = ownWeight
        self.isClosed = isClosed
        self.holiday = holiday
        self.usesRetailDefault = usesRetailDefault
    }
}
