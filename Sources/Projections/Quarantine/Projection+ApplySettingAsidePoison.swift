import EventStore
import Logging
import PostgresNIO

extension Projection {
    /// Applies `events` like ``Projection/apply(_:in:on:logger:)``, but an event that
    /// cannot be applied (``ApplyFailure/poisonReason(_:)``) is set aside instead of
    /// failing the batch: its effects alone are rolled back and it is returned.
    ///
    /// The batch is applied whole inside a savepoint; only when that fails with a poison
    /// error is it rolled back to the savepoint and applied again event by event, each
    /// inside a savepoint of its own. A read model must give the same tables for any split
    /// of the log into batches (the engine's batches already are arbitrary), so this equals
    /// applying the log without the poison events. Any other failure is rethrown and the
    /// caller's transaction rolls back, to be retried.
    public func applySettingAsidePoison(
        _ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger
    ) async throws -> [PoisonedEvent] {
        guard !events.isEmpty else { return [] }
        let firstFailure: String
        do {
            try await inSavepoint("projection_batch", on: connection, logger: logger) {
                try await apply(events, in: schema, on: connection, logger: logger)
            }
            return []
        } catch {
            guard let reason = ApplyFailure.poisonReason(error) else { throw error }
            firstFailure = reason
        }
        if events.count == 1 { return [PoisonedEvent(event: events[0], reason: firstFailure)] }
        var poisoned: [PoisonedEvent] = []
        for event in events {
            do {
                try await inSavepoint("projection_event", on: connection, logger: logger) {
                    try await apply([event], in: schema, on: connection, logger: logger)
                }
            } catch {
                guard let reason = ApplyFailure.poisonReason(error) else { throw error }
                poisoned.append(PoisonedEvent(event: event, reason: reason))
            }
        }
        return poisoned
    }

    /// Runs `body` inside a savepoint: released when it succeeds, rolled back to (and
    /// released) when it throws, leaving the transaction usable.
    private func inSavepoint(
        _ name: String, on connection: PostgresConnection, logger: Logger, _ body: () async throws -> Void
    ) async throws {
        try await connection.query(PostgresQuery(unsafeSQL: "SAVEPOINT \(name)"), logger: logger)
        do {
            try await body()
        } catch {
            if ApplyFailure.poisonReason(error) != nil {
                try await connection.query(PostgresQuery(unsafeSQL: "ROLLBACK TO SAVEPOINT \(name)"), logger: logger)
                try await connection.query(PostgresQuery(unsafeSQL: "RELEASE SAVEPOINT \(name)"), logger: logger)
            }
            throw error
        }
        try await connection.query(PostgresQuery(unsafeSQL: "RELEASE SAVEPOINT \(name)"), logger: logger)
    }
}
