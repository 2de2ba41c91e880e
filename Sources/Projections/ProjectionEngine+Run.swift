import EventStore
import Logging
import PostgresNIO

extension ProjectionEngine {
    /// Keeps every projection current until the task is cancelled.
    ///
    /// Safe to start on several machines: for each projection, one process leads (it
    /// holds a session-level advisory lock on a connection of its own) and the others
    /// stand by, trying again every `standbyRetry`. When the leader dies its connection
    /// closes, the lock is released and a standby takes over. Even two leaders at once
    /// could not apply a batch twice (see ``ProjectionEngine``).
    ///
    /// A leader that cannot make progress gives leadership up: when a batch fails or
    /// misses its deadline (the store's statement deadline), when its leadership
    /// connection is lost, or when no database call of its own has completed for
    /// `stallLimit` (default: twice the statement deadline plus the poll interval), it
    /// closes the leadership connection, which releases the lock at once, and goes back
    /// to standing by.
    public func run(
        options: EventLog.SubscriptionOptions = EventLog.SubscriptionOptions(),
        standbyRetry: Duration = .seconds(2),
        stallLimit: Duration? = nil
    ) async throws {
        try await install()
        let stallLimit = stallLimit ?? store.configuration.deadlines.statement * 2 + options.pollInterval
        try await withThrowingTaskGroup(of: Void.self) { group in
            for projection in projections {
                group.addTask {
                    try await lead(projection, options: options, standbyRetry: standbyRetry, stallLimit: stallLimit)
                }
            }
            try await group.waitForAll()
        }
    }

    private func lead(
        _ projection: any Projection, options: EventLog.SubscriptionOptions, standbyRetry: Duration, stallLimit: Duration
    ) async throws {
        while !Task.isCancelled {
            do {
                // The leadership connection is watched: if it closes (the server ended the
                // session, or the watchdog below closed it), following stops at once, since
                // the lock went with it and a standby may lead now.
                try await client.withConnection(
                    "leading projection \(projection.name)", within: nil,
                    connectWithin: store.configuration.deadlines.connect, logger: logger
                ) { [self] leadership in
                    guard try await tryLock(projection.leaderLockKey, on: leadership) else { return }
                    // Leadership ends with this connection: closing it releases the lock
                    // at once, so a standby takes over; a crashed leader's closes anyway.
                    do {
                        // Only the leader retries quarantined events after an upgrade (it
                        // rebuilds the read model), before it follows the log, outside the
                        // stall watchdog: a rebuild reports no progress to it.
                        try await retryQuarantinedAfterUpgrade(projection)
                        try await followWatched(projection, leadership: leadership, options: options, stallLimit: stallLimit)
                    } catch {
                        try? await leadership.close()
                        throw error
                    }
                    try? await leadership.close()
                }
            } catch is CancellationError {
                return
            } catch {
                if Task.isCancelled { return }
                logger.error("projection runner cannot make progress; leadership released, retrying", metadata: [
                    "projection": "\(projection.name)", "error": "\(DatabaseErrorText.describe(error))",
                ])
            }
            try? await Task.sleep(for: standbyRetry)
        }
    }

    /// Follows `projection` while a watchdog checks that it makes progress: when no
    /// database call of the follower has completed for `stallLimit`, the watchdog closes
    /// the leadership connection (releasing the lock), which ends the following.
    private func followWatched(
        _ projection: any Projection, leadership: PostgresConnection, options: EventLog.SubscriptionOptions,
        stallLimit: Duration
    ) async throws {
        let heartbeat = ProgressHeartbeat()
        let logger = logger
        let watchdog = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: min(.seconds(1), stallLimit / 4))
                guard !Task.isCancelled, heartbeat.silence > stallLimit else { continue }
                logger.error("projection leader made no progress; releasing leadership", metadata: [
                    "projection": "\(projection.name)", "silence": "\(heartbeat.silence)",
                ])
                try? await leadership.close()
                return
            }
        }
        defer { watchdog.cancel() }
        try await ProgressHeartbeat.$current.withValue(heartbeat) {
            try await follow(projection, options: options)
        }
    }

    /// Applies the log to `projection` as it grows, until cancelled.
    private func follow(_ projection: any Projection, options: EventLog.SubscriptionOptions) async throws {
        logger.info("leading projection", metadata: ["projection": "\(projection.name)"])
        try await catchUp(projection)
        let start = try await currentCheckpoint(of: projection.name)
        // Each wake-up applies from the stored checkpoint, not from the batch handed over.
        try await store.subscribe(from: start, options: options) { _ in
            try await catchUp(projection)
        }
    }

    private func tryLock(_ key: Int64, on connection: PostgresConnection) async throws -> Bool {
        let rows = try await connection.query("SELECT pg_try_advisory_lock(\(key))", logger: logger)
        for try await locked in rows.decode(Bool.self) { return locked }
        return false
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
