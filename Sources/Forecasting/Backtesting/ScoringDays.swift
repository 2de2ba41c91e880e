import Foundation

/// Every market-local day of a queue's history sorted into "scorable" or excluded (closed,
/// holiday-closed, feed gap, outage), plus the market's public holidays.
///
/// Exists so the backtest's scores and the seasonal-naive yardstick agree on what is demand:
/// a recorded closure, a public holiday the queue did not open on, a whole open day without
/// reports (or, in a history that does not mark missing intervals, an open day reporting
/// nothing where the same weekday expects demand) and an outage are neither scored nor repeated as "last week". An unknown market,
/// or a year a holiday table does not cover, has no holidays (never an error).
struct ScoringDays {
    /// Whole-day exclusions by local day (days since 1970-01-01).
    let excluded: [Int: ExcludedDay]
    /// Public holidays of the market by local day, with their names.
    let holidays: [Int: String]
    /// The local day and minute of day of each interval of the series.
    let days: [Int]
    let minutes: [Int]

    init(series: IntervalSeries, clock: MarketClock, market: Market, known: KnownDays,
         holidayCalendar: PublicHolidayCalendar, screen: OutlierScreen) {
        let step = series.length.seconds
        let (days, minutes) = clock.positions(start: series.startSeconds, count: series.offered.count, step: step)
        self.days = days
        self.minutes = minutes
        struct Record { var values: [Int: Double] = [:]; var count = 0; var missing = 0; var total = 0.0 }
        var records: [Int: Record] = [:]
        for index in series.offered.indices {
            var record = records[days[index], default: Record()]
            record.count += 1
            if series.missing.contains(index) {
                record.missing += 1
            } else {
                record.values[minutes[index]] = series.offered[index]
                record.total += series.offered[index]
            }
            records[days[index]] = record
        }
        var holidays: [Int: String] = [:]
        if let table = holidayCalendar.markets[market], let first = days.first, let last = days.last {
            let years = LocalDate(daysSinceEpoch: first).year...LocalDate(daysSinceEpoch: last).year
            for year in years {
                for holiday in table.knownHolidays(in: year).holidays where holidays[holiday.date.daysSinceEpoch] == nil {
                    holidays[holiday.date.daysSinceEpoch] = holiday.name
                }
            }
        }
        var excluded: [Int: ExcludedDay] = [:]
        for day in records.keys.sorted() {
            let record = records[day]!, calendarDay = LocalDate(daysSinceEpoch: day)
            let holiday = holidays[day]
            if let reason = known.closures[calendarDay] {
                excluded[day] = ExcludedDay(day: calendarDay, reason: holiday == nil ? .closed : .holidayClosed,
                                            note: reason.isEmpty ? holiday : reason, actual: record.total)
            } else if record.missing > 0, record.total == 0 {
                // Open intervals unreported and nothing else but closed-hours zeros: the export lost the day.
                excluded[day] = ExcludedDay(day: calendarDay, reason: holiday == nil ? .feedGap : .holidayClosed,
                                            note: holiday, actual: 0)
            } else if let holiday {
                if record.total == 0 {
                    excluded[day] = ExcludedDay(day: calendarDay, reason: .holidayClosed, note: holiday, actual: 0)
                }
            } else if !known.confirmedReal.contains(calendarDay), record.missing * 2 <= record.count {
                // Comparables: the same weekday in the clean weeks before (over the same local
                // times, so a partly reported day is compared like for like). Only outages are
                // excluded: a held-out spike may be a real peak, which the model must be scored on.
                var references: [Double] = []
                for weeks in 1...(2 * OutlierScreen.comparableWeeks) where references.count < OutlierScreen.comparableWeeks {
                    let earlier = day - 7 * weeks
                    guard let reference = records[earlier], reference.missing == 0, excluded[earlier] == nil,
                          holidays[earlier] == nil else { continue }
                    references.append(record.values.keys.reduce(0.0) { $0 + (reference.values[$1] ?? 0) })
                }
                if let expected = OutlierScreen.expected(fromComparable: references),
                   screen.reason(expected: expected, actual: record.total) == .outage {
                    // Nothing at all on a day that expects demand: the export lost it (when the
                    // history does not mark its missing intervals, a gap reads as zeros).
                    excluded[day] = ExcludedDay(day: calendarDay, reason: record.total == 0 ? .feedGap : .outage,
                                                expected: expected, actual: record.total)
                }
            }
        }
        self.excluded = excluded
        self.holidays = holidays
    }

    /// Whether the seasonal-naive yardstick must not repeat this local day.
    func isUnfitForRepeating(_ day: Int) -> Bool { excluded[day] != nil || holidays[day] != nil }
}
