import CallboardOperations
import CallboardProjections
@testable import CallboardHTTP
import EventStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PostgresNIO
import PostgresTestSupport
import Projections
import Testing

/// A primary of its own (a throwaway cluster) with the ``ExportWorld`` recorded and the read
/// models caught up, and a streaming replica of it (`pg_basebackup -R`): the export API is
/// served with the replica as its read replica (``serve(_:_:)``).
struct ReplicaHarness: Sendable {
    let primary: ThrowawayCluster
    let replica: StreamingReplica
    let store: EventLog
    let engine: ProjectionEngine
    let acme: String

    static let uri = "/v1/accounts/ACME/sla/daily?month=2026-11"

    static func run(_ body: @Sendable (ReplicaHarness) async throws -> Void) async throws {
        try await ThrowawayCluster.with { primary in
            try await PostgresClient.withRunningClient(primary.applicationURL, logger: TestDatabase.logger, maximumConnections: 12) {
                client in
                let store = EventLog(client: client, logger: TestDatabase.logger)
                try await ExportWorld.record(Importer(store: store, actor: "test"))
                let acme = try await TokenIssuer(store: store, actor: "test").issue(account: "ACME", label: "acme bi", expiresAt: nil)
                let engine = ProjectionEngine(store: store, projections: CallboardReadModels.all, logger: TestDatabase.logger)
                if try await !engine.settle(within: TestDatabase.heldBackTimeout) { Issue.record("read models did not catch up in time") }
                try await StreamingReplica.with(of: primary) { replica in
                    let harness = ReplicaHarness(primary: primary, replica: replica, store: store, engine: engine, acme: acme.description)
                    try await harness.waitUntilReplicaCaughtUp()
                    try await body(harness)
                }
            }
        }
    }

    /// Serves the export API reading through the replica, with `configure`d replica settings
    /// (health measured at every read unless configured otherwise).
    func serve(
        _ configure: @Sendable (inout ReadReplicaSettings) -> Void = { _ in },
        _ body: @Sendable (ReadReplicas, any TestClientProtocol) async throws -> Void
    ) async throws {
        var settings = ReadReplicaSettings(urls: [replica.applicationURL])
        settings.healthMaxAgeSeconds = 0.000_001
        settings.maximumLagSeconds = 60
        settings.positionWaitSeconds = 1
        configure(&settings)
        let replicas = try ReadReplicas(settings: settings, primary: store.client, logger: TestDatabase.logger)
        var configuration = ExportAPIConfiguration()
        configuration.tokenCacheSeconds = 0
        configuration.positionsMaxAgeSeconds = 0
        configuration.ratePerSecond = 10_000
        configuration.rateBurst = 10_000
        configuration.readinessDatabaseTimeoutSeconds = 60
        configuration.headerTimeoutSeconds = 300
        configuration.idleTimeoutSeconds = 600
        let api = ExportAPI(store: store, configuration: configuration, logger: TestDatabase.logger, replicas: replicas)
        try await replicas.withRunningClients {
            try await api.application().test(.live) { client in try await body(replicas, client) }
        }
    }

    /// Records more interval figures for ACME on the primary and catches the read models up
    /// there; returns the primary's newest event position.
    @discardableResult
    func recordMore(day: Int) async throws -> Int64 {
        let start = ExportWorld.utc("2026-11-\(String(format: "%02d", day))T12:00:00Z")
        _ = try await Importer(store: store, actor: "test").importFile(
            .intervals, text: ExportWorld.intervals(["ACME-V"], count: 4, from: start), file: "more-\(day).csv")
        if try await !engine.settle(within: TestDatabase.heldBackTimeout) { Issue.record("read models did not catch up in time") }
        return try await primaryNewest()
    }

    /// The primary's newest event position.
    func primaryNewest() async throws -> Int64 {
        try await store.withConnection("newest") { connection in
            let rows = try await connection.query("SELECT coalesce(max(position), 0) FROM events", logger: TestDatabase.logger)
            for try await newest in rows.decode(Int64.self) { return newest }
            return 0
        }
    }

    /// The primary's read models' checkpoint for the daily SLA export, as `Callboard-Position` states it.
    func primaryPosition() async throws -> String {
        let positions = try await ReportReader(store: store, logger: TestDatabase.logger).positions()
        return try #require(positions["queue_intervals"]).description
    }

    /// Waits (up to 60 s) until the replica has replayed everything the primary has.
    func waitUntilReplicaCaughtUp() async throws {
        let newest = try await primaryNewest()
        for _ in 0..<600 {
            if (try? await replica.newestPosition()) ?? -1 >= newest {
                // The read models' last batch follows the events in the WAL: give it a moment.
                try await Task.sleep(for: .milliseconds(300))
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("the replica did not catch up with the primary within 60 s")
    }
}
