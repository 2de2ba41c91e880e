import ArgumentParser
import EventStore
import Foundation
import PostgresNIO

extension DatabaseCommand {
    /// `callboard db partitions`: the event log's monthly partitions (migration 0030): list
    /// them, make months ahead, move old months to a cheaper tablespace.
    struct Partitions: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "partitions",
            abstract: "List the event log's monthly partitions; make months ahead; move old months to another tablespace.",
            discussion: """
                Runs as the migrating (owner) role. `db migrate` keeps \(LogPartitions.defaultMonthsAhead) months ahead; \
                run `db partitions --ensure-months 3` monthly (cron, systemd timer). Events recorded in a month without \
                a partition land in events_default and move to their month's partition at the next --ensure-months.
                """
        )

        @Option(name: .customLong("ensure-months"), help: "Make partitions for this month and N months ahead (0-120).")
        var ensureMonths: Int?

        @Option(name: .customLong("move-before"),
                help: "Move every month partition before this month (YYYY-MM, UTC) to --tablespace.")
        var moveBefore: String?

        @Option(help: "The tablespace --move-before moves partitions to (CREATE TABLESPACE first).")
        var tablespace: String?

        func validate() throws {
            if let ensureMonths, !(0...120).contains(ensureMonths) {
                throw ValidationError("--ensure-months: between 0 and 120 months, not \(ensureMonths)")
            }
            if (moveBefore == nil) != (tablespace == nil) {
                throw ValidationError("--move-before and --tablespace go together")
            }
            if let moveBefore, Self.monthStart(moveBefore) == nil {
                throw ValidationError("--move-before: a month as YYYY-MM (e.g. 2026-01), not '\(moveBefore)'")
            }
        }

        func run() async throws {
            let target = try DatabaseTarget.resolve()
            try target.ensureRunning()
            let logger = CommandLogger.make()
            try await PostgresClient.withRunningClient(target.administrator, logger: logger) { client in
                let partitions = LogPartitions(client: client, logger: logger)
                guard try await partitions.arePartitioned() else {
                    throw ValidationError("the event log is not partitioned yet: run `callboard db migrate` (0030)")
                }
                if let ensureMonths {
                    let made = try await partitions.ensure(monthsAhead: ensureMonths)
                    print(made.isEmpty ? "partitions up to date" : "made \(made.joined(separator: ", "))")
                }
                if let moveBefore, let tablespace, let instant = Self.monthStart(moveBefore) {
                    let moved = try await partitions.moveMonths(endingBy: instant, to: tablespace)
                    print(moved.isEmpty ? "nothing to move" : "moved to \(tablespace): \(moved.joined(separator: ", "))")
                }
                print(Self.table(try await partitions.list()))
            }
        }

        /// The first instant (UTC) of a `YYYY-MM` month.
        static func monthStart(_ text: String) -> Date? {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
                  let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            return calendar.date(from: DateComponents(year: year, month: month, day: 1))
        }

        static func table(_ partitions: [LogPartition]) -> String {
            var formatter = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!)
            formatter = formatter.year().month().day()
            var lines = ["partition\tfrom\tuntil\ttablespace\trows (estimate)\tsize (bytes)"]
            for partition in partitions {
                let from = partition.range.map { $0.lowerBound.formatted(formatter) } ?? "-"
                let until = partition.range.map { $0.upperBound.formatted(formatter) } ?? "-"
                let rows = partition.estimatedRows < 0 ? "unknown" : String(partition.estimatedRows)
                lines.append([partition.name, from, until, partition.tablespace ?? "default", rows,
                              String(partition.totalBytes)].joined(separator: "\t"))
            }
            return lines.joined(separator: "\n")
        }
    }
}
