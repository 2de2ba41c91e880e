import ArgumentParser
import CallboardDomain
import CallboardOperations
import CallboardProjections
import EventStore
import Foundation
import PostgresNIO

/// `callboard sla close`: an account manager closes a month's service level, recording what
/// was reported to the client (the figures' fingerprint and the log position), so that the
/// SLA report and the `/sla` exports return those figures for the month from then on, with
/// later corrections beside them.
struct SLACLICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sla",
        abstract: "Close an account's service-level month: record the figures reported to the client.",
        discussion: "See the figures first with `callboard report sla --account A --month M`.",
        subcommands: [Close.self])

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close",
            abstract: "Record the month's service-level figures, as known now, as those reported to the client.",
            discussion: """
                The figures are those `report sla --account A --month M` gives now, on each queue's market clock. \
                Refused while the month is not over on the account's market clock and when it is already closed: \
                a closed month is never rewritten; later corrections are shown beside it.
                """)

        @Option(help: "The client account id.") var account: String
        @Option(help: "The calendar month, YYYY-MM.", transform: MonthArgument.parse) var month: LocalMonth

        func run() async throws {
            let (accountID, month) = (AccountID(account), self.month)
            try await OperationRun.record(source: "cli:sla close") { runner async throws -> [SLAMonthEvent] in
                let engine = ProjectionsCommand.engine(runner.store)
                try await engine.install()
                // The instant the figures are known at: taken before catching up, so the
                // read models' history reaches it and the close reads exactly that instant.
                let knownAt = try await Self.serverNow(runner)
                try await engine.catchUpAll()
                let reader = ReportReader(store: runner.store, logger: CommandLogger.make())
                let result = try await reader.read(SLAReport(accountID: accountID, month: month), asOf: knownAt)
                if let closure = result.output.closure {
                    throw SLAMonthRejection.alreadyClosed(accountID, month, at: closure.closedAt, by: closure.closedBy)
                }
                let close = CloseSLAMonth(
                    accountID: accountID, month: month, figuresFingerprint: SLAMonthClosure.fingerprint(of: result.output.rows),
                    position: result.position.description, knownAt: knownAt, closedAt: Date(), closedBy: OperationRun.actor)
                return try await runner.run(close, source: "cli:sla close")
            }
        }

        /// The database server's clock, which stamps the log.
        private static func serverNow(_ runner: CommandRunner) async throws -> Date {
            try await runner.store.withConnection("reading the server clock") { connection in
                let rows = try await connection.query("SELECT clock_timestamp()", logger: CommandLogger.make())
                for try await now in rows.decode(Date.self) { return now }
                return Date()
            }
        }
    }
}
