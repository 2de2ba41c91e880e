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
    public func run(
        options: EventStore.SubscriptionOptions = EventStore.SubscriptionOptions(),
        standbyRetry: Duration = .seconds(2)
    ) async throws {
        try await install()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for projection in projections {
                group.addTask { try await lead(projection, options: options, standbyRetry: standbyRetry) }
            }
            try await group.waitForAll()
        }
    }

    private func lead(_ projection: any Projection, options: EventStore.SubscriptionOptions, standbyRetry: Duration) async throws {
        while !Task.isCancelled {
            do {
                try await client.withConnection { leadership in
                    guard try await tryLock(projection.leaderLockKey, on: leadership) else { return }
                    // Leadership ends with this connection: closing it releases the lock
                    // at once, so a standby takes over; a crashed leader's closes anyway.
                    do {
                        // Only the leader retries quarantined events after an upgrade (it
                        // rebuilds the read model), before it follows the log.
                        try await retryQuarantinedAfterUpgrade(projection)
                        try await follow(projection, options: options)
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
                logger.error("projection runner failed; retrying", metadata: [
                    "projection": "\(projection.name)", "error": "\(DatabaseErrorText.describe(error))",
                ])
            }
            try? await Task.sleep(for: standbyRetry)
        }
    }

    /// Applies the log to `projection` as it grows, until cancelled.
    private func follow(_ projection: any Projection, options: EventStore.SubscriptionOptions) async throws {
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
        let rows = try await client.query(
            "SELECT transaction_id::text, position FROM projection_checkpoints WHERE name = \(name)", logger: logger)
        for try await (transaction, position) in rows.decode((String, Int64).self) {
            return LogCheckpoint(transactionID: UInt64(transaction) ?? 0, position: position)
        }
        throw ProjectionError.notInstalled(name)
    }
}
