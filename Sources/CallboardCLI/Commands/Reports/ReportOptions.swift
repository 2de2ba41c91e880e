import ArgumentParser
import CallboardDomain
import CallboardImport
import CallboardProjections
import EventStore
import Foundation

/// The options every report takes, and how a report is answered: the read models are
/// caught up first (so one-shot use needs no running `projections run`), then read live
/// or, with `--as-of`, as known at that instant (from the read models' history).
struct ReportOptions: ParsableArguments {
    @Option(help: "table (80 columns), csv (RFC 4180; the position goes to standard error) or json.")
    var format: OutputFormat = .table

    @Option(name: .customLong("as-of"), help: """
        As known at: what had been recorded by this instant (recorded time), e.g. 2026-11-23T09:00:00Z, or a date \
        alone for the end of that day on the site's or market's clock; not the business date of --date, --week or --month.
        """, transform: AsKnownAt.parse)
    var knownAt: AsKnownAt?

    @Flag(help: "Print on standard error how long catching up, the id check and the query took.")
    var timing = false

    @Option(name: .customLong("min-position"), help: """
        With read replicas (CALLBOARD_READ_DATABASE_URL): answer from a replica only once it reflects this log position \
        (1046) or checkpoint (812:1046), else from the primary. Without it, the log's end when the report starts.
        """, transform: ReportOptions.parseMinimum)
    var minimumPosition: MinimumPosition?

    static func parseMinimum(_ text: String) throws -> MinimumPosition {
        guard let minimum = MinimumPosition(text) else {
            throw ValidationError("--min-position: expected a position (1046) or a checkpoint (812:1046), not \(text)")
        }
        return minimum
    }

    /// The `--as-of` instant on the report's `clock` (a date alone ends there), or nil.
    func asOf(on clock: TimeZoneID?) -> Date? { knownAt?.instant(on: clock) }

    /// The `--as-of` instant on `clock`, or now: the instant a default business day is read at.
    func knownAtOrNow(on clock: TimeZoneID?) -> Date { asOf(on: clock) ?? Date() }

    /// The report's answer, live or as known at `--as-of` (a date alone ends on `clock`), in a
    /// session of its own: for a report whose ids were checked before (a watch's refresh).
    func answer<Query: ReportQuery>(_ query: Query, clock: TimeZoneID?) async throws -> ReportResult<Query.Output> {
        try await withSession { try await $0.answer(query, clock: clock) }
    }

    /// Runs `body` in a report session (``ReportSession``): one event store for the id check
    /// and the answer, the read models caught up first (so one-shot use needs no running
    /// `projections run`), live or as of an instant: the read models' history then reaches
    /// every instant up to now, so an as-of report is a plain query too.
    func withSession<Result: Sendable>(_ body: @escaping @Sendable (ReportSession) async throws -> Result) async throws -> Result {
        StandardOutput.endWhenTheReaderGoes()
        let options = self
        return try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
          try await DatabaseTarget.withReadReplicas(primary: store, logger: CommandLogger.make()) { replicas in
            // Read-your-writes on a replica: what the primary had when the report started
            // (after this command's or another's import), or the position asked for if later.
            var minimum = options.minimumPosition
            if replicas != nil, let end = try await Self.logEnd(store), end > (minimum?.position ?? -1) {
                minimum = .position(end)
            }
            let started = ContinuousClock.now
            let engine = try await ProjectionsCommand.catchUp(store)
            if options.timing { Self.note("catch-up: \(Self.milliseconds(since: started))") }
            return try await body(ReportSession(
                store: store, reader: ReportReader(store: store, logger: CommandLogger.make(), replicas: replicas),
                engine: engine, options: options, minimum: minimum))
          }
        }
    }

    /// The position of the newest event on the primary, nil when the log is empty.
    private static func logEnd(_ store: EventLog) async throws -> Int64? {
        try await store.withConnection("reading the log's end") { connection in
            let rows = try await connection.query("SELECT max(position) FROM events", logger: CommandLogger.make())
            for try await end in rows.decode(Int64?.self) { return end }
            return nil
        }
    }

    static func milliseconds(since start: ContinuousClock.Instant) -> String {
        String(format: "%.1f ms", (ContinuousClock.now - start).seconds * 1000)
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
