import Foundation

/// The local days a model may learn from, each labelled normal or special, and the days
/// kept out of training altogether.
///
/// Exists so every learner asks the same question the same way: "which complete days
/// before the origin are normal days of the weekly pattern?" A day is special when a peak
/// event's window, a public holiday (or the day next to one), a campaign or a closure
/// reaches it; special days teach their own effects, never the weekly pattern or trend.
/// Closures, feed gaps (an open day with nothing reported) and days flagged by the
/// ``OutlierScreen`` teach nothing at all; a day a user confirmed as real is never flagged.
/// A closed public holiday (nothing reported on it) is not a feed gap: it is observed as 0,
/// which is how the model learns that the queue closes on it.
struct TrainingDays: Sendable {
    let history: LocalHistory
    let labels: DayLabels
    /// Days kept out of training, by local day.
    let flagged: [Int: FlaggedDay]
    /// Days at or after the origin are not seen.
    let origin: Int

    init(history reported: LocalHistory, labels: DayLabels, origin: Int, screen: OutlierScreen = .standard) {
        // Zero rows the feed left out become zeros again; silent runs of intervals (partial
        // outages) become missing.
        let complete = OmittedZeros.restore(in: reported)
        let outages = IntervalOutages.find(in: complete, labels: labels, origin: origin, screen: screen)
        let history = complete.treatingAsMissing(outages.values.flatMap(\.intervals))
        self.history = history
        self.labels = labels
        self.origin = origin
        var flagged: [Int: FlaggedDay] = [:]
        for (day, outage) in outages {
            let actual = history.reportedTotal(day: day)
            flagged[day] = FlaggedDay(day: LocalDate(daysSinceEpoch: day), reason: .outage,
                                      expected: actual + outage.expected, actual: actual)
        }
        var candidates: [Int: Double] = [:]
        for day in history.firstDay..<min(origin, history.lastDay + 1) {
            if labels.isClosed(day) || flagged[day] != nil { continue }
            if history.isUnreported(day: day), !labels.isHoliday(day) {
                flagged[day] = FlaggedDay(day: LocalDate(daysSinceEpoch: day), reason: .feedGap, expected: 0,
                                          actual: history.reportedTotal(day: day))
                continue
            }
            if !labels.isSpecial(day), let total = history.total(day: day) { candidates[day] = total }
        }
        func comparables(of day: Int, excluding skipped: [Int: FlaggedDay]) -> [Double] {
            let reach = OutlierScreen.comparableWeeks
            var found = (-reach...reach).compactMap { week -> Double? in
                let other = day + 7 * week
                return week == 0 || skipped[other] != nil ? nil : candidates[other]
            }
            // Near the ends of the history, look further back rather than give up.
            var week = reach + 1
            while found.count < OutlierScreen.minimumComparables, week <= 2 * reach {
                if let value = candidates[day - 7 * week], skipped[day - 7 * week] == nil { found.append(value) }
                week += 1
            }
            return found
        }
        var expectations: [Int: Double] = [:]
        for day in candidates.keys {
            if let expected = OutlierScreen.expected(fromComparable: comparables(of: day, excluding: [:])) {
                expectations[day] = expected
            }
        }
        let adapted = screen.adapted(toLogRatios: expectations.compactMap { day, expected in
            expected > 0 && candidates[day]! > 0 ? log(candidates[day]! / expected) : nil
        })
        for (day, expected) in expectations where !labels.confirmedReal.contains(day) {
            let actual = candidates[day]!
            if let reason = adapted.reason(expected: expected, actual: actual) {
                flagged[day] = FlaggedDay(day: LocalDate(daysSinceEpoch: day), reason: reason,
                                          expected: expected, actual: actual)
            }
        }
        // A feed gap's expectation: its comparable days, once the outliers are out.
        for (day, gap) in flagged where gap.reason == .feedGap {
            if let expected = OutlierScreen.expected(fromComparable: comparables(of: day, excluding: flagged)) {
                flagged[day] = FlaggedDay(day: gap.day, reason: .feedGap, expected: expected, actual: gap.actual)
            }
        }
        self.flagged = flagged
    }

    private init(history: LocalHistory, labels: DayLabels, flagged: [Int: FlaggedDay], origin: Int) {
        self.history = history
        self.labels = labels
        self.flagged = flagged
        self.origin = origin
    }

    func peakDays(_ day: Int) -> [PeakDay] { labels.peaks(day) }

    /// Whether the day may teach anything: before the origin, not closed, not flagged.
    func isUsable(_ day: Int) -> Bool { day < origin && !labels.isClosed(day) && flagged[day] == nil }

    /// The day's total when it is a complete, fully reported, usable day before the origin
    /// (a closed public holiday with nothing reported counts as 0).
    func observed(_ day: Int) -> Double? {
        guard isUsable(day) else { return nil }
        if let total = history.total(day: day) { return total }
        return labels.isHoliday(day) && history.isUnreported(day: day) ? 0 : nil
    }

    /// The day's total when it is a complete, normal day before the origin.
    func normal(_ day: Int) -> Double? { labels.isSpecial(day) ? nil : observed(day) }

    /// Whether the day's reported intervals may teach the intraday shape: a usable normal
    /// day, complete or not (missing intervals are skipped).
    func teachesShape(_ day: Int) -> Bool {
        isUsable(day) && !labels.isSpecial(day) && day >= history.firstDay && day <= history.lastDay
            && history.dayMissing[day - history.firstDay] < history.dayRanges[day - history.firstDay].count
    }

    /// The days flagged before the origin, in date order.
    var flaggedDays: [FlaggedDay] { flagged.values.sorted { $0.day < $1.day } }

    /// The same days, seen from an earlier origin.
    func seen(before day: Int) -> TrainingDays {
        TrainingDays(history: history, labels: labels, flagged: flagged, origin: min(origin, day))
    }
}
