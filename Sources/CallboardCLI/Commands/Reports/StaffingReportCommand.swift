import ArgumentParser
import CallboardDomain
import CallboardProjections
import Foundation

/// `callboard report staffing --site S [--week 2026-W48] [--by queue|shift]`.
struct StaffingReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staffing",
        abstract: "A site's shifts in an ISO week and the hours they give each queue, in the site's local time.",
        discussion: "A shift on several queues gives its hours to each of them. Hours are time on duty, breaks excluded.")

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
        let clock = try await ReportScope(sites: [SiteID(site)]).check(clockOfSite: SiteID(site))
        let week = self.week ?? ISOWeek(containing: ReportScope.today(on: clock, at: options.knownAtOrNow(on: clock)))
        let result = try await options.answer(StaffingReport(siteID: SiteID(site), week: week), clock: clock)
        let staffing = result.output
        let (table, terminal) = by == .queue ? Self.queueTable(staffing) : Self.shiftTable(staffing)
        ReportPrinter(format: options.format).print(
            table, terminalColumns: terminal,
            details: [
                "site": .text(staffing.siteID.rawValue), "site_name": .text(staffing.siteName),
                "time_zone": .text(staffing.timeZone.rawValue), "week": .text(staffing.week.description),
                "shifts": .integer(staffing.shifts.count),
                "hours": ReportCell.tenths(Double(staffing.shifts.reduce(0) { $0 + $1.workedSeconds }) / 3600),
            ],
            result: result)
    }

    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    private static func queueTable(_ staffing: Staffing) -> (OutputTable, [String]) {
        let rows: [[OutputCell]] = staffing.queues.map { queue in
            [.text(queue.queueID.rawValue)] + queue.hoursByDay.map { ReportCell.tenths($0) } + [ReportCell.tenths(queue.totalHours)]
        }
        let columns = ["queue"] + weekdays + ["total"]
        return (OutputTable(columns: columns, rows: rows), columns)
    }

    private static func shiftTable(_ staffing: Staffing) -> (OutputTable, [String]) {
        let rows: [[OutputCell]] = staffing.shifts.map { shift in
            let nextDay = shift.localEnd.date > shift.localStart.date ? "+1" : ""
            return [.text(shift.agentID.rawValue), shift.agentName.map(OutputCell.text) ?? .none, .text(shift.shiftID.rawValue),
                    .text(shift.localStart.date.description), .text(shift.localStart.time.description),
                    .text("\(shift.localEnd.time)\(nextDay)"), ReportCell.tenths(Double(shift.workedSeconds) / 3600),
                    .list(shift.queues.map(\.rawValue))]
        }
        let table = OutputTable(columns: ["agent", "name", "shift", "date", "start", "end", "hours", "queues"], rows: rows)
        return (table, ["name", "date", "start", "end", "hours", "queues"])
    }

    private static func week(_ text: String) throws -> ISOWeek {
        guard let week = ISOWeek(parsing: text) else { throw ValidationError("--week must be an ISO week such as 2026-W48; got \(text)") }
        guard BusinessCalendar.contains(week.monday), BusinessCalendar.contains(week.monday.adding(days: 6)) else {
            throw ValidationError("--week must lie from 1900-01-01 to 9998-12-31; got \(text)")
        }
        return week
    }
}
