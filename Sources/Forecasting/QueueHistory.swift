import Foundation

/// One queue's offered-contact history together with where its buyers are: the market
/// (which peak events apply) and the market's IANA timezone (whose clock shapes the day).
///
/// Exists because the same UTC series means different things on different clocks: a queue
/// serving New York peaks at 11:00 New York time, which moves by an hour in UTC twice a year.
public struct QueueHistory: Sendable {
    public let offered: IntervalSeries
    public let market: Market
    public let timeZone: TimeZone
    /// Closures, confirmed-real days and campaigns of the queue (history and horizon).
    public let known: KnownDays

    public init(offered: IntervalSeries, market: Market, timeZone: TimeZone, known: KnownDays = KnownDays()) {
        self.offered = offered
        self.market = market
        self.timeZone = timeZone
        self.known = known
    }

    /// Throws ``ForecastInputError/unknownTimeZone(_:)`` for a name the system does not know.
    public init(offered: IntervalSeries, market: Market, timeZoneIdentifier: String,
                known: KnownDays = KnownDays()) throws(ForecastInputError) {
        guard let zone = TimeZone(identifier: timeZoneIdentifier) else { throw .unknownTimeZone(timeZoneIdentifier) }
        self.init(offered: offered, market: market, timeZone: zone, known: known)
    }

    func replacingOffered(_ series: IntervalSeries) -> QueueHistory {
        QueueHistory(offered: series, market: market, timeZone: timeZone, known: known)
    }
}
