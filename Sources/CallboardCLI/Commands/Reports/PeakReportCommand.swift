import ArgumentParser
import CallboardDomain
import CallboardProjections
import CapacityPlanning
import Foundation

/// `callboard report peak --season S [--site S | --account A] [--plan] [--chart FILE.svg]`.
struct PeakReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peak",
        abstract: "Per queue and day of a season: forecast, required agents against certified supply, the gap; or the hiring plan.",
        discussion: """
            Reads the latest published revision of each queue (`callboard forecast run`), or --revision N. \
            required: people the roster needs that day (Erlang per channel, SLA, shrinkage, 8-hour shifts 5 \
            days a week); available: certified agents able to work (all sites); gap = required - available. \
            actual: offered contacts reported for the day so far (forecast vs actual). With --site, only queues \
            the site has certified agents for. --plan prints the hiring and training plan instead: per queue \
            the cohorts to cross-train or hire, where, and the latest start date. --chart FILE.svg also draws \
            required against available per day, the gap shaded.
            """)

    @Option(help: "The season, e.g. black-friday-2026.") var season: String
    @Option(help: "Only queues this site has certified agents for.") var site: String?
    @Option(help: "Only this client account's queues.") var account: String?
    @Option(help: "A published revision instead of each queue's latest.") var revision: Int?
    @Flag(help: "Print the hiring and training plan instead of the days.") var plan = false
    @Option(help: "Print this queue's published forecast per interval instead (P50, P90, agents to schedule).")
    var intervals: String?
    @Option(help: "Also write an SVG chart of required against available per day to this file.") var chart: String?
    @OptionGroup var options: ReportOptions

    func validate() throws {
        if site != nil && account != nil { throw ValidationError("Give --site or --account, not both.") }
        if intervals != nil && (plan || chart != nil) { throw ValidationError("--intervals prints intervals; it takes neither --plan nor --chart.") }
    }

    func run() async throws {
        let season: PeakSeason
        do { season = try PeakSeason.named(self.season) } catch { throw ValidationError(error.description) }
        _ = try await ReportScope(sites: site.map { [SiteID($0)] } ?? [], accounts: account.map { [AccountID($0)] } ?? [],
                                  queues: intervals.map { [QueueID($0)] } ?? []).check()
        if let intervals { return try await printIntervals(of: QueueID(intervals), season: season) }
        let result = try await options.answer(PeakReport(season: season, siteID: site.map { SiteID($0) },
                                                         accountID: account.map { AccountID($0) }, revision: revision))
        let outlook = result.output
        if let chart {
            let scope = site.map { "site \($0)" } ?? account.map { "account \($0)" } ?? "all queues"
            let svg = GapChart(title: "\(season.id): required vs available agents per day, \(scope)", points: outlook.dailyTotals).svg()
            try Data(svg.utf8).write(to: URL(fileURLWithPath: chart))
            ReportOptions.note("chart written to \(chart)")
        }
        let details: KeyValuePairs<String, OutputCell> = [
            "season": .text(season.description), "scope": .text(site.map { "site \($0)" } ?? account.map { "account \($0)" } ?? "all"),
            "models": .list(outlook.modelVersions),
            "short_days": .integer(outlook.rows.filter { $0.gap > 0 }.count),
            "low_confidence": .list(outlook.confidence.filter { $0.value.confidence == .low }.keys.map(\.rawValue).sorted()),
        ]
        let printer = ReportPrinter(format: options.format)
        if plan {
            let rows: [[OutputCell]] = outlook.plan.map { cohort in
                [.text(cohort.queueID), cohort.siteID.map(OutputCell.text) ?? .text("any"), .text(cohort.kind.rawValue),
                 .integer(cohort.agents), .text(cohort.neededBy.description), .text(cohort.latestStart.description)]
            }
            let table = OutputTable(columns: ["queue", "site", "action", "agents", "needed_by", "latest_start"], rows: rows)
            printer.print(table, terminalColumns: table.columns, details: details, result: result)
            return
        }
        let rows: [[OutputCell]] = outlook.rows.map { row in
            [.text(row.day.description), .text(row.queueID.rawValue), .text(row.accountID.rawValue), .text(row.language.rawValue),
             .text(row.channel.rawValue), .integer(row.revision), ReportCell.tenths(row.forecastP50), ReportCell.tenths(row.forecastP90),
             row.actual.map(OutputCell.decimal) ?? .none, .integer(row.required), .integer(row.available),
             .integer(row.scheduled), .integer(row.gap), .list(row.sites.map { "\($0.siteID):\($0.agents)" })]
                + PeakConfidenceCells.cells(of: row.queueID, in: outlook)
        }
        let table = OutputTable(
            columns: ["day", "queue", "account", "language", "channel", "revision", "forecast_p50", "forecast_p90", "actual",
                      "required", "available", "scheduled", "gap", "sites"] + PeakConfidenceCells.columns,
            rows: rows)
        printer.print(table, terminalColumns: ["day", "queue", "forecast_p50", "actual", "required", "available", "gap", "sites"],
                      details: details, result: result)
    }

    /// `--intervals QUEUE`: one row per interval of the queue's publication, with its local time.
    private func printIntervals(of queue: QueueID, season: PeakSeason) async throws {
        let result = try await options.answer(PeakIntervalsReport(season: season, queueID: queue, revision: revision))
        let (number, zoneID, intervals) = result.output
        let zone = zoneID.timeZone ?? .gmt
        let rows: [[OutputCell]] = intervals.map { row in
            [.text(EventJSON.format(row.start)),
             .text(ReportCell.clock(LocalDateTime(row.start, in: zone).time, offsetSeconds: zone.secondsFromGMT(for: row.start))),
             ReportCell.tenths(row.p50), ReportCell.tenths(row.p90), .integer(row.scheduledAgents)]
        }
        let table = OutputTable(columns: ["start_utc", "local", "p50", "p90", "scheduled_agents"], rows: rows)
        ReportPrinter(format: options.format).print(
            table, terminalColumns: table.columns,
            details: ["season": .text(season.description), "queue": .text(queue.rawValue), "revision": .integer(number),
                      "time_zone": .text(zoneID.rawValue)],
            result: result)
    }
}
