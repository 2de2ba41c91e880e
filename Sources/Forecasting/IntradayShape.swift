/// How a day's volume spreads over the local time of day, per weekday: "Mondays, 11:00 to
/// 11:30 New York time carries 4.1% of the day".
///
/// Exists because staffing is per interval, and buyers call by their own clock: the shape
/// is learned by local time-of-day slot, so the 11:00 peak stays at 11:00 local when DST
/// moves it by an hour in UTC. Per weekday and slot, the mean volume per interval over the
/// most recent normal days of that weekday (a partly reported day counts with its reported
/// intervals only: a missing interval is not a zero); a slot a weekday never showed falls back to all
/// weekdays' mean. To spread a day's total, each of the day's intervals gets its slot's
/// rate and the rates are rescaled to sum to 1 over the intervals the day actually has, so
/// a 23-hour or 25-hour DST day still adds up to its total.
struct IntradayShape: Sendable, Equatable {
    /// rates[weekday][slot]: mean volume per interval, relative.
    let rates: [[Double]]

    init(learningFrom days: TrainingDays, daysPerWeekday: Int, lookbackWeeks: Int = 52) {
        let history = days.history
        let slotCount = history.length.perDay
        var volume = [[Double]](repeating: [Double](repeating: 0, count: slotCount), count: 7)
        var seen = [[Int]](repeating: [Int](repeating: 0, count: slotCount), count: 7)
        var used = [Int](repeating: 0, count: 7)
        var day = days.origin - 1
        let earliest = max(history.firstDay, days.origin - 7 * lookbackWeeks)
        while day >= earliest, used.contains(where: { $0 < daysPerWeekday }) {
            let weekday = LocalDate(daysSinceEpoch: day).weekdayIndex
            if used[weekday] < daysPerWeekday, days.teachesShape(day) {
                used[weekday] += 1
                for i in history.dayRanges[day - history.firstDay] where !history.isMissing[i] {
                    volume[weekday][history.slots[i]] += history.offered[i]
                    seen[weekday][history.slots[i]] += 1
                }
            }
            day -= 1
        }
        let pooledVolume = (0..<slotCount).map { slot in volume.reduce(0) { $0 + $1[slot] } }
        let pooledSeen = (0..<slotCount).map { slot in seen.reduce(0) { $0 + $1[slot] } }
        rates = (0..<7).map { weekday in
            (0..<slotCount).map { slot in
                if seen[weekday][slot] > 0 { return volume[weekday][slot] / Double(seen[weekday][slot]) }
                if pooledSeen[slot] > 0 { return pooledVolume[slot] / Double(pooledSeen[slot]) }
                return 1
            }
        }
    }

    /// `total` spread over intervals of local `day` whose slots are `slots`.
    func spread(_ total: Double, day: Int, slots: ArraySlice<Int>) -> [Double] {
        let dayRates = rates[LocalDate(daysSinceEpoch: day).weekdayIndex]
        let weights = slots.map { dayRates[min($0, dayRates.count - 1)] }
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return [Double](repeating: total / Double(max(1, slots.count)), count: slots.count) }
        return weights.map { total * $0 / sum }
    }
}
