/// A queue's history re-read on the market's clock: each interval's local day and
/// time-of-day slot, each local day's total, and whether the history covers that day whole.
///
/// Exists so that everything the model learns (weekday factors, trend, uplifts, intraday
/// shape) is learned by local day and local time of day, which is what stays put across
/// DST changes, while the stored intervals stay in UTC.
struct LocalHistory: Sendable {
    let length: IntervalSeries.Length
    let offered: [Double]
    /// Local time-of-day slot (minute of day / interval minutes) of each interval.
    let slots: [Int]
    /// Local day (days since epoch) of the first interval; days are indexed from it.
    let firstDay: Int
    /// Per local day: the range of interval indices falling on it.
    let dayRanges: [Range<Int>]
    /// Per local day: offered contacts in total.
    let dayTotals: [Double]
    /// Per local day: whether every interval of the day is in the history.
    let dayComplete: [Bool]

    init(series: IntervalSeries, clock: MarketClock) {
        let count = series.offered.count
        // One position past the end tells whether the last day ends exactly at local midnight.
        let (days, minutes) = clock.positions(start: series.startSeconds, count: count + 1, step: series.length.seconds)
        length = series.length
        offered = series.offered
        slots = minutes.prefix(count).map { $0 / series.length.minutes }
        firstDay = days[0]
        let dayCount = days[count - 1] - firstDay + 1
        var ranges = [Range<Int>](repeating: 0..<0, count: dayCount)
        var totals = [Double](repeating: 0, count: dayCount)
        var runStart = 0
        for i in 1...count where i == count || days[i] != days[runStart] {
            let index = days[runStart] - firstDay
            ranges[index] = runStart..<i
            totals[index] = series.offered[runStart..<i].reduce(0, +)
            runStart = i
        }
        dayRanges = ranges
        dayTotals = totals
        var complete = [Bool](repeating: true, count: dayCount)
        complete[0] = minutes[0] == 0
        complete[dayCount - 1] = days[count] != days[count - 1] && minutes[count] == 0
            && (dayCount > 1 || complete[0])
        dayComplete = complete
    }

    var dayCount: Int { dayTotals.count }
    var lastDay: Int { firstDay + dayCount - 1 }

    /// The first local day not wholly in the history: where a forecast's origin lies.
    var originDay: Int {
        var day = lastDay
        while day >= firstDay, !dayComplete[day - firstDay] { day -= 1 }
        return day + 1
    }

    func total(day: Int) -> Double? {
        let index = day - firstDay
        guard index >= 0, index < dayCount, dayComplete[index] else { return nil }
        return dayTotals[index]
    }
}
