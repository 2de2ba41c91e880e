/// Each market's public holidays: which holidays fall on, or are observed on, a day in a
/// market, and all of a market's holidays in a year.
///
/// Exists as the forecaster's source of closures (a closed day forecasts zero) and of days
/// whose effect must be learned apart from normal days. Pure: no I/O, no machine calendar.
/// The ``standard`` calendar covers every market Callboard serves; see README.md,
/// "Public holidays by market".
public struct PublicHolidayCalendar: Sendable, Hashable {
    public var markets: [Market: MarketHolidays]

    public init(_ markets: [MarketHolidays]) {
        self.markets = Dictionary(markets.map { ($0.market, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The calendar Callboard ships with: national public holidays of US, GB, DE, FR, BE, NL,
    /// MX, BR, MY, SG, KR, PH, BO and BG. Lunar, Islamic and Hindu dates are tabled for 2020-2035.
    public static let standard = PublicHolidayCalendar([
        .unitedStates, .greatBritain, .germany, .france, .belgium, .netherlands, .mexico, .brazil,
        .malaysia, .singapore, .korea, .philippines, .bolivia, .bulgaria,
    ])

    /// The markets with a holiday table, by code.
    public var coveredMarkets: [Market] { markets.keys.sorted() }

    /// All holidays of `market` in `year` with their observed substitutes, by date (a US
    /// substitute for New Year's Day may fall on 31 December of the year before).
    public func holidays(in year: Int, market: Market) throws(HolidayCalendarError) -> [PublicHoliday] {
        try table(market).holidays(in: year)
    }

    /// The holidays that fall on `day` in `market`, or are observed on it (empty on a normal day).
    public func holidays(on day: LocalDate, market: Market) throws(HolidayCalendarError) -> [PublicHoliday] {
        try table(market).holidays(on: day)
    }

    private func table(_ market: Market) throws(HolidayCalendarError) -> MarketHolidays {
        guard let table = markets[market] else { throw .marketNotCovered(market) }
        return table
    }
}
