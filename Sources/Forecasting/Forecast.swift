import Foundation

/// Expected offered contacts per future interval of one queue, with the P90 a planner
/// staffs against for safety, stamped with the model and the history it learned from.
///
/// Exists as the value the nightly job publishes (Codable, for the event that carries it)
/// and the staffing maths consumes: every figure traceable to a model version and a
/// training range.
public struct Forecast: Sendable, Hashable, Codable {
    public let modelVersion: String
    public let market: Market
    public let timeZoneIdentifier: String
    public let length: IntervalLength
    /// The history the model learned from (UTC, end exclusive).
    public let trainingRange: Range<Date>
    /// The forecast intervals in time order, covering the requested horizon exactly.
    public let intervals: [ForecastInterval]
    /// Every market-local day the horizon touches, with the model's reasoning for it.
    public let days: [ForecastDay]
    /// Training days kept out of the model as outages, spikes or feed gaps.
    public let flaggedDays: [FlaggedDay]

    public init(modelVersion: String, market: Market, timeZoneIdentifier: String, length: IntervalLength,
                trainingRange: Range<Date>, intervals: [ForecastInterval], days: [ForecastDay],
                flaggedDays: [FlaggedDay] = []) {
        self.modelVersion = modelVersion
        self.market = market
        self.timeZoneIdentifier = timeZoneIdentifier
        self.length = length
        self.trainingRange = trainingRange
        self.intervals = intervals
        self.days = days
        self.flaggedDays = flaggedDays
    }

    /// The forecast intervals starting in `start ..< end`.
    public func intervals(from start: Date, until end: Date) -> [ForecastInterval] {
        intervals.filter { $0.start >= start && $0.start < end }
    }

    /// The peak events whose uplift in this forecast is the documented retail default
    /// (``ForecastDay/usesRetailDefault``), in calendar order: what a run must say it assumed.
    public var retailDefaultEvents: [PeakEvent] {
        Set(days.filter(\.usesRetailDefault).compactMap(\.peakDay?.event)).sorted()
    }

    /// `peak uplift from the default retail prior (blackFriday, cyberMonday): no past season of
    /// the queue or its pool`; nil when no day uses it.
    public var retailDefaultNote: String? {
        let events = retailDefaultEvents
        guard !events.isEmpty else { return nil }
        return "peak uplift from the default retail prior (\(events.map(\.rawValue).joined(separator: ", ")))"
            + ": no past season of the queue or its pool"
    }

    /// The forecast day for a market-local day, if the horizon touches it.
    public func day(_ day: LocalDate) -> ForecastDay? { days.first { $0.day == day } }
}
