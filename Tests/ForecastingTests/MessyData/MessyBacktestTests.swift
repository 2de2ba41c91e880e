import Foundation
import Testing
import Forecasting

@Suite("Messy feed backtest")
struct MessyBacktestTests {
    /// A German weekday queue as real feeds deliver it: closed (nothing reported) on public
    /// holidays, whole and partial feed gaps, an outage, a launch that lifted volume 30%.
    struct World {
        let queue: MessyQueue
        let series: IntervalSeries
        let known: KnownDays
        /// Local days not to score: feed gaps, the outage, holidays (closed).
        let unscored: Set<LocalDate>
    }

    static let world: World = {
        var queue = MessyQueue(market: "DE", firstDay: "2024-01-01", lastDay: "2025-12-19")
        queue.annualGrowth = 0.15
        queue.dailyNoise = 0.05
        queue.seed = 99
        let calendar = PublicHolidayCalendar.standard
        let launch: ClosedRange<LocalDate> = "2025-04-14"..."2025-04-16"
        let outage: LocalDate = "2025-03-12"
        queue.multiplier = { day in
            if launch.contains(day) { return 1.3 }
            if day == outage { return 0.35 }
            return 1
        }
        let generated = queue.generate()
        var positions: [Int] = []
        var holidays: Set<LocalDate> = []
        var day = queue.firstDay
        while day <= queue.lastDay {
            if !((try? calendar.holidays(on: day, market: "DE")) ?? []).isEmpty {
                holidays.insert(day)
                positions += Array(queue.positions(of: day, in: generated))
            }
            day = day.adding(days: 1)
        }
        let gaps: [LocalDate] = ["2024-08-13", "2025-02-04", "2025-06-25", "2025-09-17", "2025-10-21"]
        for gap in gaps { positions += Array(queue.positions(of: gap, in: generated)) }
        for half: LocalDate in ["2025-05-14", "2025-07-09", "2025-09-02", "2025-11-05"] {
            positions += Array(queue.positions(of: half, in: generated).suffix(10))
        }
        let series = queue.removing(positions, from: generated)
        let known = KnownDays(campaigns: [DemandCampaign(name: "launch", kind: .launch, days: launch, expectedUplift: 1.3)])
        return World(queue: queue, series: series, known: known, unscored: holidays.union(gaps).union([outage]))
    }()

    @Test("On every 4-week window of 2025 the model beats seasonal naive per interval, with |bias| (against the truth) under 5%")
    func beatsSeasonalNaiveOnEveryWindow() throws {
        let world = Self.world, queue = world.queue, series = world.series
        var origin: LocalDate = "2025-01-06"
        var windows = 0
        while origin.adding(days: 28) <= "2025-12-15" {
            let history = queue.history(queue.truncated(series, before: origin), known: world.known)
            let forecast = try Fixtures.forecaster.forecast(history, weeks: 4)
            var modelError = 0.0, naiveError = 0.0, actualTotal = 0.0, signed = 0.0, truthTotal = 0.0
            for day in forecast.days where day.isWholeDay && !world.unscored.contains(day.day) {
                let positions = Array(queue.positions(of: day.day, in: series))
                // Bias against the generator's truth (the actuals carry 5% daily noise of their own).
                let truth = queue.normalVolume(day.day) * queue.multiplier(day.day)
                signed += day.p50 - truth
                truthTotal += truth
                let values = forecast.intervals(from: queue.instant(day.day), until: queue.instant(day.day.adding(days: 1)))
                // Seasonal naive: the same interval a week earlier, stepping back past unusable weeks.
                var back = 7
                while world.unscored.contains(day.day.adding(days: -back)) || !series.missing.isDisjoint(
                    with: IndexSet(queue.positions(of: day.day.adding(days: -back), in: series))) { back += 7 }
                let naiveStart = queue.positions(of: day.day.adding(days: -back), in: series).lowerBound
                for (k, position) in positions.enumerated() where !series.missing.contains(position) {
                    let actual = series.offered[position]
                    let naive = naiveStart + k < series.offered.count ? series.offered[naiveStart + k] : 0
                    modelError += abs(values[k].p50 - actual)
                    naiveError += abs(naive - actual)
                    actualTotal += actual
                }
            }
            let wape = modelError / actualTotal, naiveWape = naiveError / actualTotal, bias = signed / truthTotal
            print("window \(origin): interval WAPE \(wape), seasonal naive \(naiveWape), bias against the truth \(bias)")
            #expect(wape < naiveWape, "\(origin): model \(wape) vs naive \(naiveWape)")
            #expect(abs(bias) < 0.05, "\(origin): bias \(bias)")
            windows += 1
            origin = origin.adding(days: 28)
        }
        #expect(windows == 12)
    }
}
