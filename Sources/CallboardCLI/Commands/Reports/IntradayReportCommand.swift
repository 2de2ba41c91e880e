import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardImport
import CallboardProjections
import EventStore
import Foundation

/// `callboard report intraday --account A [--date D] [--tz ZONE] [--watch [--every S]]`.
struct IntradayReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intraday",
        abstract: "An account's day as it runs, per half hour: forecast, actual, re-forecast, required and scheduled agents, risks.",
        discussion: """
            forecast: the published P50 contacts (latest publication covering the half hour); actual: \
            offered contacts reported; reforecast: the forecast of the half hours not reported yet, scaled \
            by how the day runs (actual / forecast so far, given a weight that grows with the share of the \
            day's volume and the contacts already reported, so a quiet first hour moves little; \
            reforecast_scale in the details); required: agents to schedule for it (a reported half hour: \
            for its actual), by the publication's SLA, handle time and shrinkage; scheduled and eligible as \
            in `report coverage`; sl and sl_so_far: service level of the half hour and of the day through \
            it; risk: short (not reported, eligible < required), missed (reported, below the SLA's share), \
            behind (not reported, the day below target so far and no agent to spare). --watch reprints \
            every --every seconds (default 60) until interrupted (Ctrl-C ends it quietly).
            """)

    @Option(help: "The client account id.") var account: String
    @Option(help: "The local day, YYYY-MM-DD; by default today on --tz or the account's market clock.", transform: FieldSyntax.date)
    var date: LocalDate?
    @Option(help: "An IANA timezone, e.g. America/New_York.") var tz: String?
    @Flag(help: "Refresh until interrupted.") var watch = false
    @Option(help: "With --watch, seconds between refreshes (5-3600).") var every = 60
    @OptionGroup var options: ReportOptions

    func validate() throws {
        guard (5...3600).contains(every) else { throw ValidationError("--every must be 5 to 3600 seconds, but was \(every).") }
        if watch && options.knownAt != nil { throw ValidationError("--watch follows the live day; it cannot be combined with --as-of.") }
    }

    func run() async throws {
        if watch { QuietInterrupt.install() }
        // The first answer in the session that checked the id; each refresh in a session of its own.
        let (clock, first) = try await options.withSession { [self] session in
            let clock = try await session.check(ReportScope(accounts: [AccountID(account)]), clockOfAccount: AccountID(account))
            return (clock, try await session.answer(query(clock: clock), clock: clock))
        }
        show(first)
        guard watch else { return }
        while true {
            try await Task.sleep(for: .seconds(every))
            if options.format == .table { print("") }
            // A refresh that fails (the server restarting) is reported and tried again at the next one.
            do { show(try await options.answer(query(clock: clock), clock: clock)) } catch {
                ReportOptions.note("refresh failed at \(EventJSON.format(Date())): \(error); trying again in \(every) s")
            }
        }
    }

    /// The day asked for, or today at --as-of (else `now`) on --tz or the account's market clock.
    func day(clock: TimeZoneID?, now: Date) -> LocalDate {
        date ?? ReportScope.today(on: tz.map { TimeZoneID($0) } ?? clock, at: options.asOf(on: clock) ?? now)
    }

    /// The question of one answer: today's (a watch moves on to the next day at midnight).
    private func query(clock: TimeZoneID?) -> IntradayReport {
        IntradayReport(accountID: AccountID(account), date: day(clock: clock, now: Date()), timeZone: tz.map { TimeZoneID($0) })
    }

    /// Prints one answer.
    private func show(_ result: ReportResult<Intraday>) {
        let day = result.output
        let table = OutputTable(IntradayDefinition.table(day, zone: day.timeZone.timeZone ?? .utcZone))
        let summaries = day.queues.map { queue -> String in
            let ratio = queue.reforecast.observedRatio.map { String(format: "%.2f", $0) } ?? "-"
            // Cut, never rounded up, as every ratio on a terminal: 79.96% never reads as a met 80%.
            let level = queue.serviceLevelSoFar.map(CellEncoding.percent) ?? "-"
            return "\(queue.queueID): SL so far \(level) of \(queue.sla ?? "no SLA"); actual/forecast so far \(ratio), "
                + "weight \(String(format: "%.2f", queue.reforecast.weight)), rest of day x\(String(format: "%.2f", queue.reforecast.scale)); "
                + "forecast \(queue.forecastSource ?? "none published")"
        }
        var sections: [(title: String, rows: Range<Int>)] = []
        for (queue, summary) in zip(day.queues, summaries) {
            guard let first = day.intervals.firstIndex(where: { $0.queueID == queue.queueID }),
                  let last = day.intervals.lastIndex(where: { $0.queueID == queue.queueID }) else { continue }
            sections.append((summary, first..<(last + 1)))
        }
        let (refreshed, atRisk) = (Cell.instant(Date()), day.intervals.filter { !$0.risks.isEmpty }.count)
        let columns = ["local_time", "forecast", "actual", "reforecast", "required_agents", "eligible_agents",
                       "service_level_so_far", "risks"]
        let printer = ReportPrinter(format: options.format)
        if options.format == .table {
            // Each queue's summary heads its section.
            printer.print(table, sections: sections, terminalColumns: columns, details: [
                "account_id": .text(day.accountID.rawValue), "date": .date(day.date.description),
                "time_zone": .text(day.timeZone.rawValue), "refreshed_at": refreshed, "half_hours_at_risk": .integer(atRisk),
            ], result: result)
        } else {
            printer.print(table, terminalColumns: columns, details: [
                "account_id": .text(day.accountID.rawValue), "date": .date(day.date.description),
                "time_zone": .text(day.timeZone.rawValue), "refreshed_at": refreshed, "half_hours_at_risk": .integer(atRisk),
                "queues": .list(summaries),
            ], result: result)
        }
    }
}
