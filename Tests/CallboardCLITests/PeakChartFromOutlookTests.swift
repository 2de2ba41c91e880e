import CapacityPlanning
import Forecasting
import Testing
@testable import CallboardCLI

/// Issue 13, item 5: the chart draws the season plan's own figures (``CapacitySeries``):
/// no requirement where no publication forecasts the day, actuals only before today,
/// supply (today's and planned) only from today, as allocated.
@Suite struct PeakChartFromOutlookTests {
    static let today: LocalDate = "2026-12-07"

    static func figures(_ day: LocalDate, actual: Double? = nil) -> CapacitySeries.Day {
        CapacitySeries.Day(day: day, requiredP50: 10, requiredP90: 14, actualRequired: actual, allocated: 8, planned: 11)
    }

    @Test func pastDaysShowWhatArrivedAndTheFutureShowsThePlan() {
        let past = PeakChartFromOutlook.day(Self.figures("2026-12-06", actual: 12), forecast: true, today: Self.today)
        #expect(past.requiredP50 == 10 && past.requiredP90 == 14 && past.actualRequired == 12)
        #expect(past.suppliedToday == nil && past.plannedSupply == nil, "today's supply and the plan start today")
        let future = PeakChartFromOutlook.day(Self.figures("2026-12-20", actual: 12), forecast: true, today: Self.today)
        #expect(future.actualRequired == nil && future.plannedSupply == 11 && future.suppliedToday == 8)
    }

    @Test func aDayNoPublicationForecastsDrawsNoRequirement() {
        let day = PeakChartFromOutlook.day(Self.figures("2026-12-05"), forecast: false, today: Self.today)
        #expect(day.requiredP50 == nil && day.requiredP90 == nil, "blank, not zero")
    }
}
