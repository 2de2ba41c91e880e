import Foundation

/// What is known about each local day of a forecast's history and horizon before any
/// volume is looked at: its peak positions, its public-holiday positions, the campaign that
/// runs on it, and whether the queue is closed on it.
///
/// Exists so every learner asks "is this a normal day of the weekly pattern?" the same way,
/// and so the horizon is labelled by the same rules as the history. Indexed by local day
/// from ``firstDay``.
struct DayLabels: Sendable {
    let firstDay: Int
    /// Peak positions per day, nearest event first; empty on days no peak window reaches.
    let peaks: [[PeakDay]]
    /// Public-holiday positions per day, the holiday itself first; empty elsewhere.
    let holidays: [[HolidayPosition]]
    /// The campaign running on each day (the first listed when several overlap).
    let campaigns: [DemandCampaign?]
    /// Known closures of the queue (all day).
    let closed: [Bool]
    /// Days a user confirmed as real demand.
    let confirmedReal: Set<Int>

    init(from first: Int, through last: Int, market: Market, known: KnownDays, peakCalendar: SpecialDayCalendar,
         holidayCalendar: PublicHolidayCalendar) {
        firstDay = first
        let count = max(0, last - first + 1)
        peaks = peakCalendar.peakDayTable(from: LocalDate(daysSinceEpoch: first),
                                          through: LocalDate(daysSinceEpoch: last), market: market)
        var holidays = [[HolidayPosition]](repeating: [], count: count)
        if let table = holidayCalendar.markets[market], count > 0 {
            let reach = HolidayPosition.reach
            let firstYear = LocalDate(daysSinceEpoch: first - reach).year
            let lastYear = LocalDate(daysSinceEpoch: last + reach).year
            // Years outside the table's knowledge give the holidays it knows (none for an unknown market).
            for year in firstYear...lastYear {
                for holiday in table.knownHolidays(in: year).holidays {
                    for offset in -reach...reach {
                        let index = holiday.date.daysSinceEpoch + offset - first
                        guard index >= 0, index < count else { continue }
                        holidays[index].append(HolidayPosition(name: holiday.name, offset: offset))
                    }
                }
            }
            holidays = holidays.map { $0.sorted { (abs($0.offset), $0.name) < (abs($1.offset), $1.name) } }
        }
        self.holidays = holidays
        var campaigns = [DemandCampaign?](repeating: nil, count: count)
        for campaign in known.campaigns {
            let from = max(first, campaign.days.lowerBound.daysSinceEpoch)
            let through = min(last, campaign.days.upperBound.daysSinceEpoch)
            guard from <= through else { continue }
            for day in from...through where campaigns[day - first] == nil { campaigns[day - first] = campaign }
        }
        self.campaigns = campaigns
        var closed = [Bool](repeating: false, count: count)
        for day in known.closures.keys {
            let index = day.daysSinceEpoch - first
            if index >= 0, index < count { closed[index] = true }
        }
        self.closed = closed
        confirmedReal = Set(known.confirmedReal.map(\.daysSinceEpoch))
    }

    private func index(_ day: Int) -> Int? {
        let index = day - firstDay
        return index >= 0 && index < closed.count ? index : nil
    }

    func peaks(_ day: Int) -> [PeakDay] { index(day).map { peaks[$0] } ?? [] }
    func holidays(_ day: Int) -> [HolidayPosition] { index(day).map { holidays[$0] } ?? [] }
    func campaign(_ day: Int) -> DemandCampaign? { index(day).flatMap { campaigns[$0] } }
    func isClosed(_ day: Int) -> Bool { index(day).map { closed[$0] } ?? false }
    /// Whether the day is on the market's public holiday itself (not a day around it).
    func isHoliday(_ day: Int) -> Bool { holidays(day).contains { $0.offset == 0 } }

    /// Whether the day departs from the weekly pattern for a known reason: a peak window, a
    /// public holiday or a day next to one, a campaign, or a closure.
    func isSpecial(_ day: Int) -> Bool {
        guard let index = index(day) else { return false }
        return !peaks[index].isEmpty || !holidays[index].isEmpty || campaigns[index] != nil || closed[index]
    }
}
