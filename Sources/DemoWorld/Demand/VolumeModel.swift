import CivilCalendar
import Foundation

/// A queue's expected demand, day by day on the market's calendar: today's ordinary volume,
/// scaled back by the account's growth (so last year was smaller), shaped by weekday and by
/// the peak calendar, with some day-to-day noise; plus how hard each day is on service.
/// The small world keeps its scale's share of the volume (``DemoScale/volumeShare``).
struct VolumeModel {
    /// The first market-local day covered (index 0 of the arrays).
    let firstDay: LocalDate
    /// Expected contacts per market-local day.
    let dailyVolume: [Double]
    /// How stretched the operation is each day (0 ordinary, about 0.5 on Black Friday):
    /// peaks are never fully staffed for, and some days are just unlucky.
    let stress: [Double]
    /// Share of a day's volume per half hour of the week (see `IntradayShape.weeklyShares`).
    let halfHourShares: [Double]

    init(queue: QueueProfile, window: HistoryWindow, scale: DemoScale, random: inout SeededRandom) {
        let first = LocalDate(containing: window.start).adding(days: -1)
        let count = LocalDate(containing: window.end).daysSinceEpoch - first.daysSinceEpoch + 2
        let today = window.today.daysSinceEpoch
        let growth = log(1 + AccountProfile.named(queue.account).annualGrowth) / 365.25
        let weekly = WeeklyShape.multipliers(queue.channel)
        let peaks = PeakCalendar.multipliers(for: queue, from: first, count: count)
        var volume: [Double] = []
        var stress: [Double] = []
        volume.reserveCapacity(count)
        stress.reserveCapacity(count)
        for index in 0..<count {
            let day = first.adding(days: index)
            let trend = exp(growth * Double(day.daysSinceEpoch - today))
            volume.append(queue.dailyVolume * scale.volumeShare * trend * weekly[day.weekdayIndex] * peaks[index] * random.noise(0.06))
            let luck = 0.05 * random.normal()
            stress.append(max(-0.1, 0.3 * max(0, peaks[index] - 1) + luck))
        }
        firstDay = first
        dailyVolume = volume
        self.stress = stress
        let counted = queue.channel.isRealTime ? queue.hours.openHalfHours : Array(repeating: true, count: 336)
        halfHourShares = IntradayShape.weeklyShares(queue.channel, counted: counted)
    }
}
