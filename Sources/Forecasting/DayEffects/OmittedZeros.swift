/// Missing intervals that are far more likely zero-call intervals the feed left out than
/// lost data: many contact systems export no row for an interval without contacts.
///
/// Exists so that "missing is not zero" does not turn a quiet slot (nights of a 24/7 queue,
/// the Sundays of a queue whose hours say 24/7 but that never takes calls on Sundays) into
/// permanent missing data, which would bias the shape upward (only the non-zero nights are
/// seen) and leave weekday factors unlearned. A missing interval is read as a real 0 when
/// the same local time of day on the same weekday, in the ``OutlierScreen/comparableWeeks``
/// weeks on each side (at least ``OutlierScreen/minimumComparables`` such days), is also
/// unreported in at least three quarters of them, or is unreported in any of them while what
/// was reported is small (a median of at most ``smallCount`` contacts: unreported is then
/// what a zero looks like). A busy slot missing on a few days stays missing: a feed gap.
enum OmittedZeros {
    static let smallCount = 2.0

    static func restore(in history: LocalHistory) -> LocalHistory {
        let reach = OutlierScreen.comparableWeeks
        var restored: [Int] = []
        for index in 0..<history.dayCount where history.dayMissing[index] > 0 {
            let range = history.dayRanges[index]
            let comparables = (-reach...reach).compactMap { week -> Range<Int>? in
                let other = index + 7 * week
                guard week != 0, other >= 0, other < history.dayCount, !history.dayRanges[other].isEmpty else { return nil }
                return history.dayRanges[other]
            }
            guard comparables.count >= OutlierScreen.minimumComparables else { continue }
            for i in range where history.isMissing[i] {
                let slot = history.slots[i]
                // The same local time of day on each comparable day (DST days have an hour more or less).
                let matching = comparables.compactMap { other -> Int? in
                    let guess = other.lowerBound + (i - range.lowerBound)
                    if other.contains(guess), history.slots[guess] == slot { return guess }
                    return other.first { history.slots[$0] == slot }
                }
                guard matching.count >= OutlierScreen.minimumComparables else { continue }
                let reported = matching.filter { !history.isMissing[$0] }.map { history.offered[$0] }
                let unreported = matching.count - reported.count
                if 4 * unreported >= 3 * matching.count
                    || (unreported > 0 && DailyTrend.median(reported) <= smallCount) {
                    restored.append(i)
                }
            }
        }
        return restored.isEmpty ? history : history.treatingAsReported(restored)
    }
}
