import EventStore
import Logging
import PostgresNIO

extension ProjectionEngine {
    /// Keeps every projection current until the task is cancelled, on two session
    /// connections whatever the number of projections: ONE listens for appends (its
    /// wake-ups go to every projection, ``LogWakeups``) and ONE holds the leader locks of
    /// every projection this runner leads (``LeaderLocks``). The batches themselves run
    /// on pooled connections, one transaction each, so the store's client may go through
    /// a pooler in transaction mode (PgBouncer); the two sessions come from the store's
    /// ``EventLog/sessions`` client, straight to PostgreSQL.
    ///
    /// Safe to start on several machines: for each projection, one process leads (it
    /// holds the projection's session-level advisory lock) and the others stand by,
    /// trying again every `standbyRetry`. When a leader dies its session closes, its
    /// locks are released and a standby takes over. Even two leaders at once could not
    /// apply a batch twice (see ``ProjectionEngine``).
    ///
    /// A leader that cannot make progress gives leadership up: when a batch fails or
    /// misses its deadline (the store's statement deadline), or when no database call of
    /// its own has completed for `stallLimit` (default: twice the statement deadline plus
    /// the poll interval), it stops following that projection and releases its lock,
    /// keeping the others; when the leadership session itself is lost, every projection
    /// stops at once (the locks went with it) and the runner stands by again.
    public func run(
        options: EventLog.SubscriptionOptions = EventLog.SubscriptionOptions(),
        standbyRetry: Duration = .seconds(2),
        stallLimit: Duration? = nil
    ) async throws {
        try await install()
        let stallLimit = stallLimit ?? store.configuration.deadlines.statement * 2 + options.pollInterval
        let wakeups = LogWakeups(store: store, options: options)
        let plan = LeadershipPlan(options: options, standbyRetry: standbyRetry, stallLimit: stallLimit, wakeups: wakeups)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await wakeups.run() }
            group.addTask { try await lead(on: store.sessions, plan) }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    func currentCheckpoint(of name: String) async throws -> LogCheckpoint {
        let logger = logger
        let found = try await store.withConnection("reading the checkpoint of projection \(name)") { connection in
            let rows = try await connection.query(
                "SELECT transaction_id::text, position FROM projection_checkpoints WHERE name = \(name)", logger: logger)
            for try await (transaction, position) in rows.decode((String, Int64).self) {
                return LogCheckpoint(transactionText: transaction, position: position) as LogCheckpoint?
            }
            return nil
        }
        guard let found else { throw ProjectionError.notInstalled(name) }
        return found
    }
}
