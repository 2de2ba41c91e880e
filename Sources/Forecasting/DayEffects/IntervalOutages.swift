/// Runs of reported zeros inside an otherwise reported day where the queue normally takes
/// contacts: a telephony outage of a few hours that a day-level screen misses (a day at 80%
/// of normal is within ordinary variation, but three silent hours at 11:00 are not).
///
/// Exists so a partial outage does not teach a lower level or a bent intraday shape. The
/// expected volume of a run is, per interval, the median of the same interval position on
/// the same weekday in the weeks around the day (``OutlierScreen/comparableWeeks`` each
/// side, days with the same number of intervals); a run the ``OutlierScreen`` calls an
/// outage against that expectation is treated as missing, and its day is flagged as an
/// outage (it teaches nothing, unless a user confirmed it as real).
enum IntervalOutages {
    /// Runs found in the usable normal days before `origin`, by local day: the run's
    /// intervals and the run's expected volume.
    static func find(in history: LocalHistory, labels: DayLabels, origin: Int,
                     screen: OutlierScreen) -> [Int: (intervals: [Int], expected: Double)] {
        var found: [Int: (intervals: [Int], expected: Double)] = [:]
        let reach = OutlierScreen.comparableWeeks
        for day in history.firstDay..<min(origin, history.lastDay + 1) {
            guard !labels.isSpecial(day), !labels.confirmedReal.contains(day) else { continue }
            let range = history.dayRanges[day - history.firstDay]
            var runs: [[Int]] = []
            var current: [Int] = []
            for i in range {
                if !history.isMissing[i], history.offered[i] == 0 { current.append(i); continue }
                if current.count >= 2 { runs.append(current) }
                current = []
            }
            if current.count >= 2 { runs.append(current) }
            guard !runs.isEmpty else { continue }
            let comparables = (-reach...reach).compactMap { week -> Range<Int>? in
                let other = day + 7 * week
                guard week != 0, other >= history.firstDay, other < min(origin, history.lastDay + 1),
                      !labels.isSpecial(other), history.total(day: other) != nil else { return nil }
                let otherRange = history.dayRanges[other - history.firstDay]
                return otherRange.count == range.count ? otherRange : nil
            }
            guard comparables.count >= OutlierScreen.minimumComparables else { continue }
            for run in runs {
                let expected = run.reduce(0.0) { sum, i in
                    let offset = i - range.lowerBound
                    return sum + (OutlierScreen.expected(fromComparable: comparables.map { history.offered[$0.lowerBound + offset] }) ?? 0)
                }
                guard screen.reason(expected: expected, actual: 0) == .outage else { continue }
                found[day, default: ([], 0)].intervals += run
                found[day, default: ([], 0)].expected += expected
            }
        }
        return found
    }
}
