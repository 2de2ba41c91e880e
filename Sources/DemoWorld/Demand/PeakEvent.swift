import CivilCalendar

/// A shopping event or quiet day that moves contact volume (Black Friday, Boxing Day,
/// Prime Day, 11.11, Christmas Day...), described by distance to the event: forecasts align
/// last year's peak by days before and after the event, not by calendar date.
struct PeakEvent: Sendable {
    /// How to find the event's day in a given year.
    enum Timing: Sendable {
        case fixed(month: Int, day: Int)
        /// The `ordinal`-th weekday (Monday 0) of a month, negative from the end, plus days.
        case weekdayOf(ordinal: Int, weekday: Int, month: Int, plusDays: Int)
        /// Dates that follow no simple rule (Prime Day, lunar holidays), by year.
        case listed([Int: LocalDate])
    }

    let name: String
    let timing: Timing
    /// Days from the event of the first value in `uplifts` (negative: before the event).
    let firstOffset: Int
    /// Extra volume on each day around the event as a share of an ordinary day
    /// (1.6 = 2.6 times the volume; -0.6 = 40% of it).
    let uplifts: [Double]
    /// How strongly each market feels the event (absent: not at all).
    let markets: [String: Double]
    /// How strongly each account feels it, when the event is an account's own or only some
    /// sellers join it (absent: all accounts fully).
    var accounts: [String: Double]? = nil
    /// Whether real-time channels feel it less than written ones (buyers chat and write
    /// more than they call on shopping days).
    var shoppingEvent = true

    /// The event's day in `year`, if it happens that year.
    func date(in year: Int) -> LocalDate? {
        switch timing {
        case let .fixed(month, day):
            LocalDate(year, month, day)
        case let .weekdayOf(ordinal, weekday, month, plusDays):
            LocalDate.nth(ordinal, weekdayIndex: weekday, month: month, year: year).adding(days: plusDays)
        case let .listed(dates):
            dates[year]
        }
    }

    /// How strongly `queue` feels the event: market reach x account reach x channel reach.
    func reach(for queue: QueueProfile) -> Double {
        let market = markets[queue.market] ?? 0
        let account = accounts.map { $0[DemoRegion.catalogID(of: queue.account)] ?? 0 } ?? 1
        guard shoppingEvent else { return market * account }
        let channel: Double = switch queue.channel {
        case .voice: 0.8
        case .chat: 1.05
        case .email: 1.0
        case .social: 0.75
        }
        return market * account * channel
    }
}
