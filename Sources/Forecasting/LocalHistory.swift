/// A queue's history re-read on the market's clock: each interval's local day and
/// time-of-day slot, each local day's total, whether the history covers that day whole,
/// and which intervals are missing (open by the queue's hours, nothing reported).
///
/// Exists so that everything the model learns (weekday factors, trend, uplifts, intraday
/// shape) is learned by local day and local time of day, which is what stays put across
/// DST changes, while the stored intervals stay in UTC.
struct LocalHistory: Sendable {
    let length: IntervalLength
    let offered: [Double]
    /// Per interval: open by the queue's hours but not reported (the value is a placeholder 0).
    private(set) var isMissing: [Bool]
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
    /// Per local day: intervals of the day that are missing.
    private(set) var dayMissing: [Int]

    init(series: IntervalSeries, clock: MarketClock) {
        let count = series.offered.count
        // One position past the end tells whether the last day ends exactly at local midnight.
        let (days, minutes) = clock.positions(start: series.startSeconds, count: count + 1, step: series.length.seconds)
        length = series.length
        offered = series.offered
        var isMissing = [Bool](repeating: false, count: count)
        for index in series.missing where index < count { isMissing[index] = true }
        self.isMissing = isMissing
        slots = minutes.prefix(count).map { $0 / series.length.minutes }
        firstDay = days[0]
        let dayCount = days[count - 1] - firstDay + 1
        var ranges = [Range<Int>](repeating: 0..<0, count: dayCount)
        var totals = [Double](repeating: 0, count: dayCount)
        var missingCounts = [Int](repeating: 0, count: dayCount)
        var runStart = 0
        for i in 1...count where i == count || days[i] != days[runStart] {
            let index = days[runStart] - firstDay
            ranges[index] = runStart..<i
            totals[index] = series.offered[runStart..<i].reduce(0, +)
            missingCounts[index] = isMissing[runStart..<i].reduce(0) { $0 + ($1 ? 1 : 0) }
            runStart = i
        }
        dayRanges = ranges
        dayTotals = totals
        dayMissing = missingCounts
        var complete = [Bool](repeating: true, count: dayCount)
        complete[0] = minutes[0] == 0
        complete[dayCount - 1] = days[count] != days[count - 1] && minutes[count] == 0
            && (dayCount > 1 || complete[0])
        dayComplete = complete
    }

    /// The same history with more intervals treated as missing (an outage's run of zeros):
    /// their days lose their totals but keep their other intervals.
    func treatingAsMissing(_ indices: [Int]) -> LocalHistory { marking(indices, missing: true) }

    /// The same history with some missing intervals read as real zeros (``OmittedZeros``).
    func treatingAsReported(_ indices: [Int]) -> LocalHistory { marking(indices, missing: false) }

    private func marking(_ indices: [Int], missing: Bool) -> LocalHistory {
        guard !indices.isEmpty else { return self }
        let chosen = Set(indices)
        var copy = self
        for (day, range) in dayRanges.enumerated() {
            for index in range where chosen.contains(index) && copy.isMissing[index] != missing {
                copy.isMissing[index] = missing
                copy.dayMissing[day] += missing ? 1 : -1
            }
        }
        return copy
    }

    var dayCount: Int { dayTotals.count }
    var lastDay: Int { firstDay + dayCount - 1 }

    /// The first local day not wholly in the history: where a forecast's origin lies.
    var originDay: Int {
        var day = lastDay
        while day >= firstDay, !dayComplete[day - firstDay] { day -= 1 }
        return day + 1
    }

    /// The day's total when the history covers the day whole and every interval was reported.
    /// A partly missing day has no total: its reported intervals still teach the intraday
    /// shape (``IntradayShape``), but its total is dropped rather than guessed.
    func total(day: Int) -> Double? {
        let index = day - firstDay
        guard index >= 0, index < dayCount, dayComplete[index], dayMissing[index] == 0 else { return nil }
        return dayTotals[index]
    }

    /// Whether the history covers the day whole and none of its intervals was reported,
    /// although the queue was open by its hours for at least one of them.
    func isUnreported(day: Int) -> Bool {
        let index = day - firstDay
        guard index >= 0, index < dayCount, dayComplete[index], dayMissing[index] > 0 else { return false }
        return dayMissing[index] == dayRanges[index].count
            || dayRanges[index].allSatisfy { isMissing[$0] || offered[$0] == 0 }
    }

    /// The day's reported total (missing intervals count 0), for flagged-day reports.
    func reportedTotal(day: Int) -> Double {
        let index = day - firstDay
        return index >= 0 && index < dayCount ? dayTotals[index] : 0
    }
}
