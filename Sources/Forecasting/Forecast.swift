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
    /// the queue or its pool; 2140 of the 31520 forecast contacts (6.8%) rest on it, P90 with
    /// its spread (sd 0.35 in logs)`; nil when no day uses it. A forecast cannot know a peak
    /// its history never showed: this says how much of it is assumed.
    public var retailDefaultNote: String? {
        let events = retailDefaultEvents
        guard !events.isEmpty else { return nil }
        let share = retailDefaultContacts
        let percent = share.total > 0 ? 100 * share.assumed / share.total : 0
        return "peak uplift from the default retail prior (\(events.map(\.rawValue).joined(separator: ", ")))"
            + ": no past season of the queue or its pool; \(Int(share.assumed.rounded())) of the"
            + " \(Int(share.total.rounded())) forecast contacts (\(String(format: "%.1f", percent))%) rest on it,"
            + " P90 with its spread (sd \(RetailPeakDefaults.spread) in logs)"
    }

    /// Contacts of the forecast's days (P50) above what those days would get without their
    /// retail-default uplift (`assumed`), and all the days' P50 (`total`).
    public var retailDefaultContacts: (assumed: Double, total: Double) {
        var assumed = 0.0, total = 0.0
        for day in days {
            total += day.p50
            if day.usesRetailDefault, day.uplift > 0 { assumed += day.p50 * (1 - 1 / day.uplift) }
        }
        return (assumed, total)
    }

    /// The forecast day for a market-local day, if the horizon touches it.
    public func day(_ day: LocalDate) -> ForecastDay? { days.first { $0.day == day } }
}
