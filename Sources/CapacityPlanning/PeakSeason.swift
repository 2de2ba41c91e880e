import Forecasting

/// A named planning season: the local days a season forecast and its capacity projection
/// cover, in each queue's own market timezone, at 30-minute intervals.
///
/// Exists so that the scheduler's job, the read model and the reports agree on what
/// "black-friday-2026" means. The definition (documented in the README):
/// `black-friday-YYYY` runs from the Monday of Black Friday week (US Thanksgiving week)
/// through 3 January of the next year: six whole weeks, Monday to Sunday, in 2026
/// 2026-11-23 to 2027-01-03. Each queue reads these days on its market's clock, so a
/// Manila-served New York queue's season starts at midnight New York time.
public struct PeakSeason: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The season's name, e.g. `black-friday-2026`.
    public let id: String
    /// The first local day of the season.
    public let firstDay: LocalDate
    /// The last local day of the season (inclusive).
    public let lastDay: LocalDate
    /// Interval length the season is planned in.
    public let intervalMinutes: Int

    public init(id: String, firstDay: LocalDate, lastDay: LocalDate, intervalMinutes: Int = 30) {
        self.id = id
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.intervalMinutes = intervalMinutes
    }

    /// The season named `name`; throws ``UnknownSeason`` naming the accepted forms.
    public static func named(_ name: String) throws(UnknownSeason) -> PeakSeason {
        let prefix = "black-friday-"
        guard name.hasPrefix(prefix), let year = Int(name.dropFirst(prefix.count)), (2000...2999).contains(year),
              let friday = PeakEvent.blackFriday.ruleDays(in: year)?.lowerBound,
              let lastDay = LocalDate(year: year + 1, month: 1, day: 3) else {
            throw UnknownSeason(name: name)
        }
        return PeakSeason(id: name, firstDay: friday.adding(days: -4), lastDay: lastDay)
    }

    /// Every local day of the season, in order.
    public var days: [LocalDate] { Array(firstDay...lastDay) }

    public var description: String { "\(id) (\(firstDay) to \(lastDay))" }
}

/// A season name the planner does not know.
public struct UnknownSeason: Error, Hashable, CustomStringConvertible {
    public let name: String
    public init(name: String) { self.name = name }
    public var description: String {
        "unknown season '\(name)': seasons are named black-friday-YYYY (the Monday of Black Friday week to 3 January)"
    }
}
