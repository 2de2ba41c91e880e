import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardImport
import CallboardProjections
import Foundation

/// `callboard report coverage --account A [--date D] [--tz ZONE] [--p90]`.
struct CoverageReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Per half hour of a local day, which sites cover each of an account's queues and with how many agents.",
        discussion: """
            The columns are the API's /coverage (README, "Reports and exports"). scheduled_agents: agents \
            on duty on the queue in the interval; eligible_agents: those live and speaking the \
            queue's language; eligible_fte: eligible time on duty in agent-intervals; required_agents: the agents to \
            schedule by the latest published season forecast covering the interval (Erlang on its P50, \
            or P90 with --p90, with the queue's SLA, handle time and shrinkage, as `forecast run` \
            computed it), empty where no published forecast covers it; gap: required minus eligible \
            (positive: short, as in `report peak`); sites: eligible agents per site, {"CEB":3}. Rows are the intervals where the queue is \
            open, anyone is scheduled or agents are required. The day is read on --tz, by default the \
            market timezone most of the account's queues use; a DST day has 46 or 50 half hours.
            """)

    @Option(help: "The client account id.") var account: String
    @Option(help: "The local day, YYYY-MM-DD; by default today on --tz or the account's market clock.", transform: FieldSyntax.date)
    var date: LocalDate?
    @Option(help: "An IANA timezone, e.g. America/New_York.") var tz: String?
    @Flag(help: "Staff to the published P90 instead of the P50.") var p90 = false
    @OptionGroup var options: ReportOptions

    func run() async throws {
        let result = try await options.withSession { [self] session in
            let clock = try await session.check(ReportScope(accounts: [AccountID(account)]), clockOfAccount: AccountID(account))
            let date = self.date ?? ReportScope.today(on: tz.map { TimeZoneID($0) } ?? clock, at: options.knownAtOrNow(on: clock))
            let query = CoverageReport(accountID: AccountID(account), date: date, timeZone: tz.map { TimeZoneID($0) },
                                       basis: p90 ? .p90 : .p50)
            return try await session.answer(query, clock: clock)
        }
        let coverage = result.output
        var meta = CoverageDefinition.meta(coverage)
        let hasRequirements = coverage.intervals.contains { $0.requiredAgents != nil }
        if !hasRequirements {
            meta.append(("requirements", .text("no published forecast covers this day (run `callboard forecast run --season S`)")))
        }
        let table = CoverageDefinition.table(coverage, meta: meta, zone: CoverageDefinition.zone(coverage))
        // Without a published forecast for the day the columns are empty: the terminal gives their width to the
        // sites. With one, `is_open` (in CSV and JSON) makes room for them, so queue names keep their full width.
        ReportPrinter(format: options.format).print(
            table, terminalColumns: ["local_time", "queue_id"]
                + (hasRequirements ? ["scheduled_agents", "eligible_agents", "required_agents", "gap"]
                                   : ["is_open", "scheduled_agents", "eligible_agents"]) + ["sites"],
            result: result)
    }
}
