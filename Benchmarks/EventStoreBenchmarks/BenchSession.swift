import EventStore
import Foundation
import PostgresNIO

/// A `PostgresClient` kept running between a benchmark's setup and teardown.
///
/// `PostgresClient.withRunningClient` scopes a client to a closure; the benchmark's
/// iterations run outside any one closure, so the closure is parked in a task until
/// ``close()`` releases it.
final class HeldClient: Sendable {
    let client: PostgresClient
    private let release: AsyncStream<Void>.Continuation
    private let task: Task<Void, Never>

    private init(client: PostgresClient, release: AsyncStream<Void>.Continuation, task: Task<Void, Never>) {
        self.client = client
        self.release = release
        self.task = task
    }

    static func open(_ url: DatabaseURL) async throws -> HeldClient {
        let (released, release) = AsyncStream<Void>.makeStream()
        let (clients, handOver) = AsyncThrowingStream<PostgresClient, any Error>.makeStream()
        let task = Task {
            do {
                try await PostgresClient.withRunningClient(url, logger: BenchEnvironment.logger) { client in
                    handOver.yield(client)
                    for await _ in released { break }
                }
                handOver.finish()
            } catch {
                handOver.finish(throwing: error)
            }
        }
        for try await client in clients {
            return HeldClient(client: client, release: release, task: task)
        }
        throw CancellationError()
    }

    /// Opens `count` connections at once, so that no measured iteration pays for connecting.
    func warm(connections count: Int) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<count {
                group.addTask { try await self.client.query("SELECT pg_sleep(0.05)", logger: BenchEnvironment.logger) }
            }
            try await group.waitForAll()
        }
    }

    func close() async {
        release.yield()
        release.finish()
        await task.value
    }
}

/// What one benchmark works with: a fresh database on the benchmark cluster, a client
/// as the application user (the store and the plain baseline both run as it), and the
/// administrator URL for resets between iterations.
final class BenchSession: @unchecked Sendable {
    let environment: BenchEnvironment
    let databaseName: String
    let applicationURL: DatabaseURL
    let administratorURL: DatabaseURL
    let held: HeldClient

    var client: PostgresClient { held.client }

    private init(environment: BenchEnvironment, databaseName: String, applicationURL: DatabaseURL, administratorURL: DatabaseURL, held: HeldClient) {
        self.environment = environment
        self.databaseName = databaseName
        self.applicationURL = applicationURL
        self.administratorURL = administratorURL
        self.held = held
    }

    static func open(database name: String, connections: Int) async throws -> BenchSession {
        let environment = BenchEnvironment.current
        try await environment.startCluster()
        let (application, administrator) = try environment.createFreshDatabase(name)
        let held = try await HeldClient.open(application)
        try await held.warm(connections: connections)
        return BenchSession(
            environment: environment, databaseName: name, applicationURL: application, administratorURL: administrator, held: held)
    }

    func store(notifying: Bool = true) -> EventLog {
        var configuration = EventLog.Configuration()
        configuration.notifiesSubscribers = notifying
        return EventLog(client: client, configuration: configuration, logger: BenchEnvironment.logger)
    }

    /// Runs SQL as the administrator in this benchmark's database (through psql).
    func administer(_ sql: String) throws {
        try environment.cluster.runSQL(sql, database: databaseName)
    }

    /// Empties the event tables between iterations of the bulk benchmarks and checkpoints,
    /// so every measured iteration starts from the same empty tables and clean buffers.
    /// `events` refuses TRUNCATE through a trigger; replica mode skips triggers. The log's
    /// keys (`event_keys`, schema/0030) go with it: left behind, they made the next bulk
    /// append find every id stored and skip it.
    func resetTables() throws {
        try administer("""
            SET session_replication_role = replica;
            TRUNCATE events, event_keys, streams, plain_events;
            RESET session_replication_role;
            CHECKPOINT;
            """)
    }

    func close() async {
        await held.close()
        try? environment.dropDatabase(databaseName)
        try? environment.stopCluster()
    }
}
