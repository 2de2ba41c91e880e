import CallboardDomain
import CallboardProjections
import Forecasting
import Foundation

/// One queue's forecast for a season run, however it had to be made: by the model from the
/// queue's own history when it has at least the minimum weeks, else by the documented
/// fallback (``FallbackForecaster``) from its siblings, marked low-confidence.
///
/// Exists so a run never leaves an open queue out silently: a queue either gets a forecast
/// that says how it was made, or a reason it cannot have one.
struct QueueSeasonForecast {
    let forecast: Forecast
    let timeZone: TimeZone
    /// The queue's own history, UTC, end exclusive (empty at the horizon's start when it has none).
    let historyFrom: Date
    let historyUntil: Date
    let confidence: ForecastConfidence
    let method: String

    static func make(_ queue: PlanningQueue, among all: [PlanningQueue], until end: Date, forecaster: VolumeForecaster,
                     fallback: FallbackForecaster, minimumWeeks: Int,
                     prior: PeakUpliftPrior.Estimate? = nil) throws -> QueueSeasonForecast {
        let history = queue.historyStart == nil ? nil : try queue.queueHistory()
        if let history, history.offered.weeks >= Double(minimumWeeks) {
            guard history.offered.end < end else { throw SkipReason.historyPastSeason }
            let forecast = try forecaster.forecast(history, prior: prior, from: history.offered.end, until: end)
            return QueueSeasonForecast(forecast: forecast, timeZone: history.timeZone, historyFrom: history.offered.start,
                                       historyUntil: history.offered.end, confidence: .normal,
                                       method: forecast.retailDefaultNote.map { "\(SeasonForecastPublished.ownHistory); \($0)" }
                                           ?? SeasonForecastPublished.ownHistory)
        }
        guard let zone = TimeZone(identifier: queue.timeZone.rawValue) else {
            throw ForecastInputError.unknownTimeZone(queue.timeZone.rawValue)
        }
        let length = history?.offered.length ?? IntervalLength(rawValue: queue.intervalMinutes) ?? .thirtyMinutes
        let siblings = FallbackSiblings(for: queue, among: all, minimumWeeks: minimumWeeks)
        let donors = try siblings.queues.map { sibling in
            let own = try sibling.queueHistory()
            let uplifts = own.offered.end < end
                ? (try? forecaster.forecast(own, from: own.offered.end, until: end)).map { forecast in
                    Dictionary(forecast.days.map { ($0.day, $0.uplift) }, uniquingKeysWith: { first, _ in first })
                } ?? [:]
                : [:]
            return FallbackForecaster.Sibling(history: own, uplifts: uplifts)
        }
        let step = length.seconds
        let latestSibling = donors.map { Int($0.history.offered.end.timeIntervalSince1970) }.max()
        let startSeconds = history.map { Int($0.offered.end.timeIntervalSince1970) }
            ?? latestSibling.map { ($0 + step - 1) / step * step }
        guard let startSeconds else { throw FallbackError.nothingToBorrow(ownDays: 0) }
        let start = Date(timeIntervalSince1970: Double(startSeconds))
        guard start < end else { throw SkipReason.historyPastSeason }
        let target = FallbackForecaster.Target(timeZone: zone, market: Market(queue.market?.rawValue ?? ""), length: length,
                                               own: history?.offered, known: queue.known)
        let result = try fallback.forecast(target, siblings: donors, from: start, until: end)
        return QueueSeasonForecast(
            forecast: result.forecast, timeZone: zone, historyFrom: history?.offered.start ?? start,
            historyUntil: history?.offered.end ?? start, confidence: .low,
            method: method(result, siblings: siblings, peaks: donors.contains { !$0.uplifts.isEmpty },
                           ownWeeks: history?.offered.weeks ?? 0, minimumWeeks: minimumWeeks))
    }

    /// `fallback: 2.0 weeks of own history (below 8); shape of TAB-EN-GB (voice, en); level from own last 14 days; ...`.
    private static func method(_ result: FallbackForecaster.Result, siblings: FallbackSiblings, peaks: Bool,
                               ownWeeks: Double, minimumWeeks: Int) -> String {
        var parts = [ownWeeks == 0 ? "no history of its own"
                        : String(format: "%.1f weeks of own history (below %d)", ownWeeks, minimumWeeks)]
        switch result.shape {
        case .siblings: parts.append("shape of \(siblings.description)")
        case let .ownWeek(days): parts.append("shape of its own \(days) days (no sibling in the channel)")
        case let .ownMeanDay(days): parts.append("its own mean day over \(days) day(s) on every weekday (no sibling in the channel)")
        }
        switch result.level {
        case let .own(days): parts.append("level from its own last \(days) day(s)")
        case let .siblingMedian(count): parts.append("level: median of \(count) sibling(s)")
        }
        if peaks { parts.append("peak uplifts from the siblings' forecasts") }
        return "fallback: " + parts.joined(separator: "; ")
    }
}
