import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardProjections
import Foundation

/// `callboard report staffing --site S [--week 2026-W48] [--by queue|shift]`.
struct StaffingReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staffing",
        abstract: "A site's shifts in an ISO week and the hours they give each queue, in the site's local time.",
        discussion: """
            A shift on several queues gives its hours to each of them. Hours are time on duty, breaks excluded. \
            The table ends with a total row, the sum of its rows; the header gives worked hours (each shift \
            once) and queue hours (the queue rows' sum).
            """)

    /// What one row is.
    enum View: String, ExpressibleByArgument, CaseIterable {
        case queue, shift
    }

    @Option(help: "The site id, e.g. MNL.") var site: String
    @Option(help: "The ISO week, e.g. 2026-W48; by default this week on the site's clock.", transform: Self.week)
    var week: ISOWeek?
    @Option(help: "queue: hours per queue and weekday; shift: one row per shift.") var by: View = .queue
    @OptionGroup var options: ReportOptions

    func run() async throws {
        let result = try await options.withSession { [self] session in
            let clock = try await session.check(ReportScope(sites: [SiteID(site)]), clockOfSite: SiteID(site))
            let week = self.week ?? ISOWeek(containing: ReportScope.today(on: clock, at: options.knownAtOrNow(on: clock)))
            return try await session.answer(StaffingReport(siteID: SiteID(site), week: week), clock: clock)
        }
        let staffing = result.output
        let meta = StaffingByQueueDefinition.meta(staffing)
        let printer = ReportPrinter(format: options.format)
        // The terminal table ends with a total row that sums the rows above it.
        let totals = options.format == .table
        if by == .queue {
            let table = StaffingByQueueDefinition.table(staffing, meta: meta, totalRow: totals)
            printer.print(table, terminalColumns: table.columnNames, result: result)
        } else {
            printer.print(StaffingShiftsDefinition.table(staffing, meta: meta, totalRow: totals),
                          terminalColumns: ["name", "date", "start_time", "end_time", "hours", "queues"], result: result)
        }
    }

    private static func week(_ text: String) throws -> ISOWeek {
        guard let week = ISOWeek(parsing: text) else { throw ValidationError("--week must be an ISO week such as 2026-W48; got \(text)") }
        guard BusinessCalendar.contains(week.monday), BusinessCalendar.contains(week.monday.adding(days: 6)) else {
            throw ValidationError("--week must lie from 1900-01-01 to 9998-12-31; got \(text)")
        }
        return week
    }
}
