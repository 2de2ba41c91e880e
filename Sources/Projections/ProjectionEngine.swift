import EventStore
import Logging
import PostgresNIO

/// Keeps projections current: installs their schemas, applies the log to them in
/// batches, and reports how far behind they are.
///
/// Exactly-once application rests on the checkpoint row: each batch runs in one
/// transaction that locks the projection's checkpoint row, reads the events after it,
/// applies them and moves it. Two engines applying the same projection at once queue on
/// that row, and the second finds the checkpoint already moved, so nothing is applied
/// twice; a crash mid-batch rolls the whole batch back.
public struct ProjectionEngine: Sendable {
    public let store: EventLog
    public let projections: [any Projection]
    public var batchSize: Int = 1000
    /// About how many events one transaction of a set-based rebuild loads
    /// (``BulkRebuildable/rowGroup``): a few seconds of work, so no rebuild transaction holds
    /// the log's readers back for long.
    public var bulkChunkEvents: Int = 25_000
    /// The most runs (events of one appending transaction) one batch applies: each is an
    /// apply of its own, so a log of single-event transactions is applied this many at a time.
    static let maximumRunsPerBatch = 50
    /// The build recorded with quarantined events; events quarantined by another build are
    /// retried when a leader starts (see ``retryQuarantined(_:)``).
    public var codeVersion: String = CodeVersion.running
    /// Told after each batch of a catch-up or rebuild (progress for long runs); nil: nobody.
    public var progress: ProjectionProgress.Listener?
    let logger: Logger

    public init(store: EventLog, projections: [any Projection], logger: Logger) {
        precondition(Set(projections.map(\.name)).count == projections.count, "projection names must be unique")
        self.store = store
        self.projections = projections
        self.logger = logger
    }

    var client: PostgresClient { store.client }

    /// Creates the checkpoint row and the live schema (with its history: see
    /// ``ReadModelHistory``) of every projection that has none, and rebuilds once, from the
    /// log, each read model installed before read models kept their history or built at
    /// another version of its tables (``Projection/tablesVersion``).
    public func install() async throws {
        try await installSchemas()
        for projection in projections {
            let (kept, version) = try await store.withConnection("checking the tables of projection \(projection.name)") {
                [logger] connection in
                (try await ReadModelHistory.isKept(in: projection.liveSchema, on: connection, logger: logger),
                 try await Self.tablesVersion(of: projection.name, on: connection, logger: logger))
            }
            if kept && version == projection.tablesVersion { continue }
            let reason = kept
                ? "its tables were built at version \(version), the code's are at version \(projection.tablesVersion)"
                : "it was installed before read models kept their history"
            logger.notice("rebuilding a read model, once", metadata: ["projection": "\(projection.name)", "reason": "\(reason)"])
            try await rebuild(projection)
        }
    }

    /// The version of the tables the live read model `name` was built at.
    static func tablesVersion(of name: String, on connection: PostgresConnection, logger: Logger) async throws -> Int {
        let rows = try await connection.query(
            "SELECT tables_version FROM projection_checkpoints WHERE name = \(name)", logger: logger)
        for try await version in rows.decode(Int32.self) { return Int(version) }
        return 1
    }

    /// The checkpoint rows and live schemas of projections that have none.
    func installSchemas() async throws {
        let deadlines = store.configuration.deadlines
        for projection in projections {
            // DDL, once per read model: its tables and their history (a history table, copied
            // indexes and three triggers per table) may take several statement deadlines.
            try await client.withConnection(
                "installing projection \(projection.name)", within: deadlines.statement * 10,
                connectWithin: deadlines.connect, logger: logger
            ) { [logger] connection in
                try await connection.transaction(logger: logger) { connection in
                    try await connection.query("SELECT pg_advisory_xact_lock(\(projection.applyLockKey))", logger: logger)
                    let rows = try await connection.query(
                        "SELECT 1 FROM projection_checkpoints WHERE name = \(projection.name)", logger: logger)
                    for try await _ in rows { return }
                    try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(projection.liveSchema)"), logger: logger)
                    try await projection.createTables(in: projection.liveSchema, on: connection, logger: logger)
                    try await ReadModelHistory.enable(in: projection.liveSchema, on: connection, logger: logger)
                    try await ReadModelHistory.makeStandingViews(of: projection, on: connection, logger: logger)
                    try await connection.query("""
                        INSERT INTO projection_checkpoints (name, tables_version)
                        VALUES (\(projection.name), \(Int32(projection.tablesVersion)))
                        """, logger: logger)
                }
            }
        }
    }

    /// Applies everything readable now to `projection`, and at least everything up to `head`
    /// (a head an earlier look at the log found, e.g. ``freshness()``'s: final since then);
    /// returns how many events it applied.
    @discardableResult
    public func catchUp(_ projection: any Projection, through head: LogCheckpoint = .start) async throws -> Int {
        var total = 0
        while true {
            let (applied, more, position) = try await applyNextBatch(projection, through: head)
            total += applied
            if applied > 0 { progress?(ProjectionProgress(projection: projection.name, phase: .catchUp, applied: total, position: position)) }
            if !more { return total }
        }
    }

    /// Applies every projection until each has nothing readable left, and at least
    /// everything up to `head` (see ``catchUp(_:through:)``); returns how many events it
    /// applied, all projections together.
    @discardableResult
    public func catchUpAll(through head: LogCheckpoint = .start) async throws -> Int {
        var applied = 0
        for projection in projections { applied += try await catchUp(projection, through: head) }
        return applied
    }

    /// One batch, in one transaction, under the checkpoint row's lock, within the store's
    /// statement deadline (a lost connection fails the batch at once; it rolled back).
    func applyNextBatch(
        _ projection: any Projection, through head: LogCheckpoint = .start
    ) async throws -> (applied: Int, more: Bool, position: Int64) {
        try await store.withConnection("projection \(projection.name) batch") { [self] connection in
            try await connection.transaction(logger: logger) { connection in
                try await connection.query("SELECT pg_advisory_xact_lock_shared(\(projection.applyLockKey))", logger: logger)
                let checkpoint = try await lockedCheckpoint(of: projection.name, on: connection)
                // Events the projection cannot apply are quarantined in the same transaction
                // that moves the checkpoint past them; the others are applied.
                let (batch, poisoned, more) = try await applyBatch(
                    projection, after: checkpoint, through: head, in: projection.liveSchema, on: connection)
                guard batch.checkpoint > checkpoint else { return (0, false, checkpoint.position) }
                try await Quarantine(logger: logger).record(
                    poisoned, projection: projection.name, codeVersion: codeVersion, on: connection)
                try await moveCheckpoint(
                    of: projection.name, to: batch.checkpoint, adding: batch.events.count - poisoned.count, on: connection)
                return (batch.events.count, more, batch.checkpoint.position)
            }
        }
    }

    /// Reads the next batch of the projection's event types after `checkpoint` and applies
    /// it to the tables in `schema`, in the caller's transaction; returns it with the
    /// events set aside as poison (not applied, for the caller to quarantine), and whether
    /// more may follow (the batch was full, or cut short).
    ///
    /// The batch is applied run by run (events recorded by one transaction), each stamped
    /// with its recorded time, so the read model's history tells every instant apart
    /// (``ReadModelHistory``). A log of many small transactions would make a batch of as
    /// many applies, so a batch holds at most ``maximumRunsPerBatch`` runs: it is read
    /// again up to the end of the last of them, and the rest follows in the next one.
    /// `head`: read at least up to it (``EventLog/readBatch(after:types:limit:floor:on:)``).
    func applyBatch(
        _ projection: any Projection, after checkpoint: LogCheckpoint, through head: LogCheckpoint = .start,
        in schema: String, on connection: PostgresConnection
    ) async throws -> (EventBatch, [PoisonedEvent], more: Bool) {
        var batch = try await store.readBatch(
            after: checkpoint, types: projection.eventTypes, limit: batchSize, floor: head, on: connection)
        var more = batch.events.count >= batchSize
        var runs = ReadModelHistory.runs(of: batch.events)
        if runs.count > Self.maximumRunsPerBatch {
            // The same first events again (the log's order below the horizon is final), fewer of them.
            let kept = runs.prefix(Self.maximumRunsPerBatch).reduce(0) { $0 + $1.count }
            batch = try await store.readBatch(
                after: checkpoint, types: projection.eventTypes, limit: kept, floor: head, on: connection)
            runs = ReadModelHistory.runs(of: batch.events)
            more = true
        }
        var poisoned: [PoisonedEvent] = []
        for run in runs {
            try await ReadModelHistory.stamp(run[run.endIndex - 1], in: schema, on: connection, logger: logger)
            poisoned += try await projection.applySettingAsidePoison(Array(run), in: schema, on: connection, logger: logger)
        }
        return (batch, poisoned, more)
    }

    /// The projection's checkpoint, with its row locked until the transaction ends.
    func lockedCheckpoint(of name: String, on connection: PostgresConnection) async throws -> LogCheckpoint {
        let rows = try await connection.query("""
            SELECT transaction_id::text, position FROM projection_checkpoints WHERE name = \(name) FOR UPDATE
            """, logger: logger)
        for try await (transaction, position) in rows.decode((String, Int64).self) {
            return LogCheckpoint(transactionText: transaction, position: position)
        }
        throw ProjectionError.notInstalled(name)
    }

    func moveCheckpoint(of name: String, to checkpoint: LogCheckpoint, adding count: Int, on connection: PostgresConnection) async throws {
        try await connection.query("""
            UPDATE projection_checkpoints
               SET transaction_id = \(String(checkpoint.transactionID))::xid8, position = \(checkpoint.position),
                   events_applied = events_applied + \(Int64(count)), updated_at = now()
             WHERE name = \(name)
            """, logger: logger)
    }
}

/// Why a projection could not be run.
public enum ProjectionError: Error, Equatable, CustomStringConvertible {
    case notInstalled(String)
    case unknown(String, known: [String])

    public var description: String {
        switch self {
        case .notInstalled(let name): return "projection \(name) is not installed (run `callboard projections run` once)"
        case .unknown(let name, let known): return "no projection named \(name); known: \(known.joined(separator: ", "))"
        }
    }
}
