import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardProjections
import CapacityPlanning
import Forecasting
import Foundation

/// `callboard report peak --season S [--site S | --account A] [--plan] [--sites] [--today D] [--chart FILE.svg [--chart-panels]]`.
struct PeakReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peak",
        abstract: "Per queue and day of a season: forecast, actual, required agents against the supply allocated once; or the plan from today.",
        discussion: """
            Reads the latest published revision of each queue (`callboard forecast run`), or --revision N. The \
            whole network is allocated day by day: each live agent's time is split across the queues they may \
            serve (certified on the queue's program, speaking its language, working its channel), contract-SLA \
            queues first, then the largest relative gap; nobody is counted twice. required: people the roster \
            needs (Erlang per channel, SLA, shrinkage, 8-hour shifts 5 days a week); pool: agents who could serve \
            the queue; allocated: what it gets (fractional where an agent is split); gap = required - allocated; \
            planned: supply once the plan's actions land. Past days (before --today) show the published forecast, \
            the actual and the error (actual - P50); a past day forecast open with no report is a feed gap. \
            With --site, each queue the site's agents can serve shows the site's share of its demand and what the \
            site's agents were allocated to it; site views add up to the network. --sites prints per site and day \
            its agents, share of demand, allocation and seat check instead. --plan prints the plan from today: \
            overtime (capped by --overtime-cap hours per agent per week, default 4), cross-training of agents \
            already certified elsewhere (each person proposed once), hires for the days they can still reach; a \
            row whose latest start has passed is overdue, with the short days it can no longer close. \
            --chart FILE.svg also draws the season per local day: required agents as a P50 to P90 band, what past \
            days actually required, supply allocated today and planned supply (the plan's actions landing), a \
            today line; --chart-panels draws one small panel per queue instead of the total.
            """)

    @Option(help: "The season, e.g. black-friday-2026.") var season: String
    @Option(help: "This site's share: its own agents and its share of each queue's demand.") var site: String?
    @Option(help: "Only this client account's queues.") var account: String?
    @Option(help: "A published revision instead of each queue's latest.") var revision: Int?
    @Option(help: "The day the plan is made on, YYYY-MM-DD; by default today on the site's or the account's market clock (UTC otherwise).")
    var today: String?
    @Option(help: "Overtime cap per agent per week, in hours (0: no overtime).")
    var overtimeCap: Double = OvertimeRule.defaultHoursPerWeek
    @Flag(help: "Print the plan from today instead of the days.") var plan = false
    @Flag(help: "Print per site and day: agents, share of demand, allocation, seats.") var sites = false
    @Option(help: "Print this queue's published forecast per interval instead (P50, P90, agents to schedule).")
    var intervals: String?
    @Option(help: "Also write an SVG chart of required agents (P50 to P90), actuals and allocated and planned supply per day to this file.")
    var chart: String?
    @Flag(help: "With --chart: one small panel per queue on a shared date axis instead of the total.") var chartPanels = false
    @OptionGroup var options: ReportOptions

    func validate() throws {
        if site != nil && account != nil { throw ValidationError("Give --site or --account, not both.") }
        if plan && sites { throw ValidationError("Give --plan or --sites, not both.") }
        if intervals != nil && (plan || sites || chart != nil) {
            throw ValidationError("--intervals prints intervals; it takes neither --plan, --sites nor --chart.")
        }
        if let today, LocalDate(parsing: today) == nil { throw ValidationError("--today '\(today)' is not a date (YYYY-MM-DD).") }
        guard overtimeCap.isFinite, (0...OvertimeRule.maximumHoursPerWeek).contains(overtimeCap) else {
            throw ValidationError("--overtime-cap \(overtimeCap) must be between 0 and \(Int(OvertimeRule.maximumHoursPerWeek)) hours a week.")
        }
        if chartPanels && chart == nil { throw ValidationError("--chart-panels draws the chart --chart FILE writes; give --chart too.") }
    }

    func run() async throws {
        let season: PeakSeason
        do { season = try PeakSeason.named(self.season) } catch { throw ValidationError(error.description) }
        let ids = ReportScope(sites: site.map { [SiteID($0)] } ?? [], accounts: account.map { [AccountID($0)] } ?? [],
                              queues: intervals.map { [QueueID($0)] } ?? [])
        let (clockOfSite, clockOfAccount) = (site.map { SiteID($0) }, account.map { AccountID($0) })
        if let intervals {
            let result = try await options.withSession { [revision] session in
                _ = try await session.check(ids, clockOfSite: clockOfSite, clockOfAccount: clockOfAccount)
                return try await session.answer(PeakIntervalsReport(season: season, queueID: QueueID(intervals), revision: revision), clock: nil)
            }
            return printIntervals(result, of: QueueID(intervals), season: season)
        }
        let (day, result, publishedElsewhere) = try await options.withSession { [self] session in
            let clock = try await session.check(ids, clockOfSite: clockOfSite, clockOfAccount: clockOfAccount)
            let day = today.flatMap(LocalDate.init(parsing:))
                ?? LocalDate(parsing: ReportScope.today(on: clock, at: options.knownAtOrNow(on: clock)).description)!
            let result = try await session.answer(PeakReport(
                season: season, siteID: clockOfSite, accountID: clockOfAccount, revision: revision,
                today: day, overtime: OvertimeRule(hoursPerWeek: overtimeCap)), clock: clock)
            // A site's chart leaves out the queues published for other sites' agents; only unpublished ones are missing.
            let published: Set<QueueID>? = chart == nil || site == nil ? nil
                : Set(try await session.answer(PeakReport(season: season, accountID: nil, revision: revision, today: day), clock: clock).output.rows.map(\.queueID))
            return (day, result, published)
        }
        let outlook = result.output
        let scope = site.map { "site \($0)" } ?? account.map { "account \($0)" } ?? "all queues"
        if let chart {
            let drawn = Set(outlook.rows.map(\.queueID))
            let published = publishedElsewhere ?? drawn
            let leftOut = try await PeakChartScope(site: site.map { SiteID($0) }, account: account.map { AccountID($0) })
                .notForecast(drawn: drawn, published: published)
            let figures = PeakChartFromOutlook.chart(outlook, scope: scope, leftOut: leftOut)
            try Data(figures.svg(layout: chartPanels ? .panels : .combined).utf8).write(to: URL(fileURLWithPath: chart))
            ReportOptions.note("chart written to \(chart)")
        }
        let details: KeyValuePairs<String, Cell> = [
            "season": .text(season.description), "scope": .text(scope), "today": .text(PeakTables.dated(day)),
            "models": .list(outlook.modelVersions), "overtime_cap_hours_per_week": .decimal(overtimeCap),
            "short_days": .integer(outlook.rows.filter { $0.gap > 0 && $0.timing != .past }.count),
            "overdue_actions": .integer(outlook.plan.filter(\.overdue).count),
            "low_confidence": .list(outlook.confidence.filter { $0.value.confidence == .low }.keys.map(\.rawValue).sorted()),
        ]
        let printer = ReportPrinter(format: options.format)
        if plan {
            if options.format == .table { return PeakTables.printPlanByQueue(outlook, details: details, result: result) }
            return printer.print(OutputTable(PeakPlanDefinition.table(outlook)), terminalColumns: [], details: details, result: result)
        }
        if sites {
            return printer.print(OutputTable(PeakSitesDefinition.table(outlook)), terminalColumns: PeakTables.sitesTerminalColumns,
                                 details: details, result: result)
        }
        if options.format == .table {
            return PeakTables.printByQueue(outlook, details: details, result: result)
        }
        printer.print(OutputTable(PeakForecastDefinition.table(outlook)), terminalColumns: [], details: details, result: result)
    }

    /// `--intervals QUEUE`: one row per interval of the queue's publication, with its local date and time.
    private func printIntervals(_ result: ReportResult<PeakIntervalsReport.Output>, of queue: QueueID, season: PeakSeason) {
        let (number, zoneID, _) = result.output
        let table = OutputTable(PeakIntervalsDefinition.table(result.output, zone: zoneID.timeZone ?? .gmt))
        ReportPrinter(format: options.format).print(
            table, terminalColumns: ["local_date", "weekday", "local_time", "p50", "p90", "scheduled_agents"],
            details: ["season": .text(season.description), "queue": .text(queue.rawValue), "revision": .integer(number),
                      "time_zone": .text(zoneID.rawValue)],
            result: result)
    }
}
