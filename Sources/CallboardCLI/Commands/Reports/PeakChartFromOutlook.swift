import CallboardDomain
import CallboardProjections
import CapacityPlanning
import Forecasting

/// The peak chart's figures taken from the season plan behind `report peak`
/// (``PeakOutlook/series``): per queue and local day the required agents at P50 and P90,
/// what past days actually required, supply allocated today and planned supply.
///
/// Exists as the one place that maps the plan's ``CapacitySeries`` onto ``PeakChart``
/// values, so the chart draws exactly the figures the report's rows print (supply allocated
/// once, a site's share with `--site`). Where a queue's row has no requirement (no
/// publication forecasts the day), the chart draws none either, rather than a zero; supply
/// (today's workforce, and as planned) starts today: the past is drawn as what arrived.
enum PeakChartFromOutlook {
    static func chart(_ outlook: PeakOutlook, scope: String, leftOut: [PeakChart.LeftOut]) -> PeakChart {
        let series = outlook.series
        var forecastDays = Set<QueueDay>()
        for row in outlook.rows where row.required != nil { forecastDays.insert(QueueDay(queue: row.queueID.rawValue, day: row.day)) }
        let panels = series.panels.map { panel in
            PeakChart.Series(name: panel.queueID, days: panel.days.map {
                day($0, forecast: forecastDays.contains(QueueDay(queue: panel.queueID, day: $0.day)), today: series.today)
            })
        }
        return PeakChart(season: outlook.season.id, scope: scope, panels: panels, leftOut: leftOut, today: series.today)
    }

    /// One queue's day of the plan as the chart draws it.
    static func day(_ figures: CapacitySeries.Day, forecast: Bool, today: LocalDate) -> PeakChart.Day {
        PeakChart.Day(day: figures.day,
                      requiredP50: forecast ? figures.requiredP50 : nil,
                      requiredP90: forecast ? figures.requiredP90 : nil,
                      actualRequired: figures.day < today ? figures.actualRequired : nil,
                      suppliedToday: figures.day >= today ? figures.allocated : nil,
                      plannedSupply: figures.day >= today ? figures.planned : nil)
    }

    struct QueueDay: Hashable {
        let queue: String
        let day: LocalDate
    }
}
