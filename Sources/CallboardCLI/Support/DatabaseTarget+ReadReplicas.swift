import EventStore
import Logging

extension DatabaseTarget {
    /// The read replicas `CALLBOARD_READ_DATABASE_URL` names (nil when it is unset), their
    /// clients running while `body` runs; lag and health are measured against `store`'s primary.
    static func withReadReplicas<Result: Sendable>(
        primary store: EventLog, logger: Logger, _ body: (ReadReplicas?) async throws -> Result
    ) async throws -> Result {
        guard let replicas = try readReplicas(primary: store, logger: logger) else { return try await body(nil) }
        return try await replicas.withRunningClients { try await body(replicas) }
    }

    /// The configured read replicas' clients, not running yet (`serve` runs them as services).
    static func readReplicas(primary store: EventLog, logger: Logger) throws -> ReadReplicas? {
        let settings = try ReadReplicaSettings.fromEnvironment()
        guard !settings.urls.isEmpty else { return nil }
        return try ReadReplicas(
            settings: settings, primary: store.client, sessionParameters: DatabaseDeadlines.fromEnvironment.sessionParameters,
            logger: logger)
    }
}
