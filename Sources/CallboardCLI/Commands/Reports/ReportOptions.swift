import ArgumentParser
import CallboardImport
import CallboardProjections
import EventStore
import Foundation

/// The options every report takes, and how a report is answered: the read models are
/// caught up first (so one-shot use needs no running `projections run`), or, with
/// `--as-of`, the log up to that instant is replayed instead.
struct ReportOptions: ParsableArguments {
    @Option(help: "table (80 columns), csv (RFC 4180; the position goes to standard error) or json.")
    var format: OutputFormat = .table

    @Option(name: .customLong("as-of"), help: "Show what was known at this instant, e.g. 2026-11-23T09:00:00Z or 2026-11-23T17:00:00+08:00.",
            transform: FieldSyntax.instant)
    var asOf: Date?

    @Flag(help: "Print on standard error how long catching up and the query took.")
    var timing = false

    /// The report's answer, live or as of `--as-of`.
    func answer<Query: ReportQuery>(_ query: Query) async throws -> ReportResult<Query.Output> {
        let (asOf, timing) = (self.asOf, self.timing)
        StandardOutput.endWhenTheReaderGoes()
        return try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
            let reader = ReportReader(store: store, logger: CommandLogger.make())
            var started = ContinuousClock.now
            if let asOf {
                let result = try await reader.asOf(asOf, query)
                if timing { Self.note("replay and query: \(Self.milliseconds(since: started))") }
                return result
            }
            let engine = try await ProjectionsCommand.catchUp(store)
            await QuarantineWarning.note(engine, readModels: query.readModels.map(\.name))
            if timing { Self.note("catch-up: \(Self.milliseconds(since: started))") }
            started = ContinuousClock.now
            let result = try await reader.live(query)
            if timing { Self.note("query: \(Self.milliseconds(since: started))") }
            return result
        }
    }

    private static func milliseconds(since start: ContinuousClock.Instant) -> String {
        String(format: "%.1f ms", (ContinuousClock.now - start).seconds * 1000)
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
