import CallboardDomain
import CapacityPlanning
import Forecasting
import CallboardReports
import Testing
@testable import CallboardCLI
@testable import CallboardProjections

/// Issue 13, item 4: the peak report's rows read as the season unfolds: blanks where nothing
/// applies, a feed gap instead of a zero, full queue ids and dated weekdays.
@Suite struct PeakTablesTests {
    static let queue: QueueID = "pawprint-social-es-mx-marketplace-returns"

    static func row(_ day: LocalDate, _ timing: PeakOutlook.Timing, p50: Double?, actual: Double?, feedGap: Bool = false) -> PeakOutlook.Row {
        PeakOutlook.Row(queueID: queue, accountID: "pawprint", language: "es", channel: .social, day: day, timing: timing,
                        revision: p50 == nil ? nil : 2, forecastP50: p50, forecastP90: p50.map { $0 * 1.2 }, actual: actual,
                        feedGap: feedGap, required: p50 == nil ? nil : 12, pool: 5, allocated: 4.5, gap: 7.5, planned: 6,
                        sites: [SiteShare(siteID: "SCZ", demand: 12, allocated: 4.5)])
    }

    static let rows = [
        row("2026-11-23", .past, p50: nil, actual: 310),              // no revision forecast it
        row("2026-11-24", .past, p50: 400, actual: 360),              // forecast and actual: error -40, -10%
        row("2026-11-25", .past, p50: 400, actual: nil, feedGap: true),
        row("2026-11-26", .future, p50: 500, actual: nil),
    ]

    @Test func csvLeavesBlankWhatDoesNotApplyAndNamesTheFeedGap() throws {
        let plan = try SeasonPlan(queues: [], workforce: [], days: ["2026-11-23"], today: "2026-11-26")
        let outlook = PeakOutlook(season: try PeakSeason.named("black-friday-2026"), today: "2026-11-26", rows: Self.rows,
                                  siteDays: [], plan: [], overtime: .standard,
                                  series: CapacitySeries(plan: plan, queueIDs: [], actuals: [:]), modelVersions: ["m"])
        let table = OutputTable(PeakForecastDefinition.table(outlook))
        let csv = OutputFormat.csv.render(table).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func cell(_ row: Int, _ column: String) -> Cell { table.rows[row][table.columns.firstIndex(of: column)!] }
        #expect(cell(0, "forecast_p50") == .null && cell(0, "required_agents") == .null && cell(0, "allocated_agents") == .null)
        #expect(cell(0, "actual") == .decimal(310))
        #expect(cell(0, "revision") == .null && cell(1, "revision") == .integer(2))
        #expect(cell(1, "error") == .decimal(-40) && cell(1, "error_share") == .decimal(-0.1) && cell(1, "forecast_p90") == .null)
        #expect(cell(1, "planned_agents") == .null)
        #expect(cell(2, "feed_gap") == .boolean(true) && cell(2, "actual") == .null && cell(2, "error") == .null)
        #expect(cell(3, "actual") == .null && cell(3, "forecast_p90") == .decimal(600) && cell(3, "planned_agents") == .decimal(6))
        #expect(cell(3, "sites") == .json(#"{"SCZ":4.5}"#))
        #expect(csv.last == "", "the CSV ends with a line break")
        #expect(csv[3].contains(",true,") && csv[3].hasPrefix(Self.queue.rawValue), "the feed gap is a boolean: \(csv[3])")
    }

    @Test func theTerminalViewKeepsTheFullQueueIdAndDatesWithWeekdays() throws {
        let plan = try SeasonPlan(queues: [], workforce: [], days: ["2026-11-23"], today: "2026-11-26")
        let outlook = PeakOutlook(season: try PeakSeason.named("black-friday-2026"), today: "2026-11-26", rows: Self.rows,
                                  siteDays: [], plan: [], overtime: .standard,
                                  series: CapacitySeries(plan: plan, queueIDs: [], actuals: [:]), modelVersions: ["m"])
        let text = PeakTables.byQueue(outlook, details: ["scope": .text("all queues")], footer: "end")
        #expect(text.contains("\(Self.queue.rawValue): account pawprint, social, es, revision 2"))
        #expect(!text.contains("…"), "nothing is cut")
        #expect(text.contains("Tue 2026-11-24") && text.contains("360 -10%") && text.contains("feed gap") && text.contains("500-600"))
        let lines = text.split(separator: "\n")
        #expect(lines.filter { $0.count > 80 && !$0.hasPrefix(Self.queue.rawValue) } == [])
        let noForecast = try #require(lines.first { $0.hasPrefix("Mon 2026-11-23") })
        #expect(!noForecast.contains(" 0 "), "blank, not zero, where no revision forecast the day")

        let action = PlanAction(queueID: Self.queue.rawValue, kind: .hire, siteID: "SCZ", agents: 0, neededBy: "2026-11-27",
                                latestStart: "2026-10-21", landsOn: "2026-12-28", days: 0, unreachableDays: 31)
        let planned = PeakOutlook(season: outlook.season, today: outlook.today, rows: [], siteDays: [], plan: [action],
                                  overtime: .standard, series: outlook.series, modelVersions: [])
        let planText = PeakTables.planByQueue(planned, details: [:], footer: "end")
        #expect(planText.contains("\(Self.queue.rawValue):") && planText.contains("overdue") && planText.contains("31"))
        #expect(!planText.contains("…"))
    }
}
