import CallboardDomain
import CallboardOperations
import CallboardProjections
@testable import CallboardHTTP
import EmbeddedPostgres
import EventStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PostgresNIO
import PostgresTestSupport
import Projections
import Synchronization
import Testing

/// Fail-over (issue 16 item 5): a primary with a synchronous streaming replica, the clients
/// behind one stable address (``TCPSwitch``, as HAProxy or a Kubernetes Service following
/// Patroni gives them), an importer writing and acknowledging one interval at a time, the
/// projection runner and the export API running. The primary is killed (`kill -9` of the
/// postmaster and its processes), the replica promoted (`pg_ctl promote`), the address
/// switched to it. Every interval acknowledged before or after is on the promoted node
/// exactly once, the importer carries on, the runner applies everything there, and the API
/// answers from it.
///
/// "No committed event lost" needs synchronous replication: with `synchronous_standby_names`
/// set, a commit is acknowledged only once the standby has flushed it, so whatever an
/// appender was told is stored survives the primary. (With asynchronous replication the
/// last commits before a crash can be missing on the promoted node.)
@Suite struct FailoverTests {
    /// The first interval the importer writes, and the spacing of the next ones.
    static let firstInterval = ExportWorld.utc("2026-11-10T00:00:00Z")

    static func row(_ index: Int) -> String {
        let instant = firstInterval.addingTimeInterval(TimeInterval(index * 1800))
        return "queue,interval_start,interval_minutes,offered,handled,abandoned,answered_within_sla,handle_seconds,short_abandoned\n"
            + "ACME-V,\(EventJSON.format(instant)),30,50,48,2,45,8640,1\n"
    }

    @Test func aKilledPrimaryAndAPromotedSynchronousReplicaLoseNoAcknowledgedEvent() async throws {
        try await ThrowawayCluster.with { primary in
            try await StreamingReplica.with(of: primary, name: "failover_standby") { replica in
                try await Self.makeSynchronous(primary)
                let address = try TCPSwitch(target: primary.cluster.port)
                defer { address.close() }
                let configuration = {
                    var configuration = EventLog.Configuration()
                    configuration.deadlines.statement = .seconds(10)
                    configuration.deadlines.connect = .seconds(5)
                    return configuration
                }()
                let url = try DatabaseURL(parsing: "postgres://callboard@127.0.0.1:\(address.port)/callboard")
                try await PostgresClient.withRunningClient(
                    url, logger: TestDatabase.logger, maximumConnections: 40,
                    sessionParameters: configuration.deadlines.sessionParameters
                ) { client in
                    let store = EventLog(client: client, configuration: configuration, logger: TestDatabase.logger)
                    try await ExportWorld.record(Importer(store: store, actor: "test"))
                    let acme = try await TokenIssuer(store: store, actor: "test").issue(account: "ACME", label: "bi", expiresAt: nil)
                    let engine = ProjectionEngine(store: store, projections: CallboardReadModels.all, logger: TestDatabase.logger)
                    let runner = Task { try await engine.run(standbyRetry: .milliseconds(500)) }
                    defer { runner.cancel() }
                    var apiConfiguration = ExportAPIConfiguration()
                    apiConfiguration.tokenCacheSeconds = 0
                    apiConfiguration.positionsMaxAgeSeconds = 0
                    apiConfiguration.readinessDatabaseTimeoutSeconds = 10
                    apiConfiguration.headerTimeoutSeconds = 300
                    apiConfiguration.idleTimeoutSeconds = 600
                    let api = ExportAPI(store: store, configuration: apiConfiguration, logger: TestDatabase.logger)
                    try await api.application().test(.live) { http in
                        let acknowledged = Mutex<[Int]>([])
                        let stop = Atomic<Bool>(false)
                        let importer = Task {
                            var (failures, index) = (0, 0)
                            while !stop.load(ordering: .sequentiallyConsistent) {
                                defer { index += 1 }
                                // Retried until acknowledged: an import is idempotent, so a retry of one the
                                // old primary committed appends nothing.
                                while !stop.load(ordering: .sequentiallyConsistent) {
                                    do {
                                        _ = try await Importer(store: store, actor: "test")
                                            .importFile(.intervals, text: Self.row(index), file: "failover-\(index).csv")
                                        acknowledged.withLock { $0.append(index) }
                                        break
                                    } catch {
                                        failures += 1
                                        try? await Task.sleep(for: .milliseconds(200))
                                    }
                                }
                            }
                            return failures
                        }
                        defer { stop.store(true, ordering: .sequentiallyConsistent) }
                        try await Self.waitFor("20 intervals acknowledged before the kill", seconds: 120) {
                            acknowledged.withLock { $0.count } >= 20
                        }
                        // The runner applies the token's event while the importer appends (until then: 401).
                        try await Self.waitFor("the API to answer the token before the kill", seconds: 120) {
                            (try? await http.get(ReplicaHarness.uri, token: acme.description).status) == .ok
                        }

                        try await primary.killServer()
                        let atKill = acknowledged.withLock { $0.count }
                        try await replica.promote()
                        address.switchTo(replica.cluster.port)

                        try await Self.waitFor("20 more intervals acknowledged after the fail-over", seconds: 180) {
                            acknowledged.withLock { $0.count } >= atKill + 20
                        }
                        stop.store(true, ordering: .sequentiallyConsistent)
                        let failures = await importer.value
                        let written = acknowledged.withLock { $0 }
                        TestDatabase.logger.notice("fail-over", metadata: [
                            "acknowledged": "\(written.count)", "before_kill": "\(atKill)", "failed_attempts": "\(failures)",
                        ])

                        // On the promoted node: every acknowledged interval's event, exactly once.
                        let stored = try await Self.intervalEvents(on: replica)
                        for index in written {
                            let instant = EventJSON.format(Self.firstInterval.addingTimeInterval(TimeInterval(index * 1800)))
                            #expect(stored[instant] == 1, "interval \(index) (\(instant)) stored \(stored[instant] ?? 0) times")
                        }
                        // The runner carries on there: the read model holds every one of them.
                        try await Self.waitFor("the runner to apply every acknowledged interval on the promoted node", seconds: 180) {
                            (try? await Self.readModelIntervals(on: replica)) ?? 0 >= stored.count
                        }
                        // The API answers from it.
                        try await Self.waitFor("/readyz to answer 200 after the fail-over", seconds: 120) {
                            (try? await http.get("/readyz", token: nil).status) == .ok
                        }
                        let answer = try await http.get(ReplicaHarness.uri, token: acme.description)
                        #expect(answer.status == .ok, "after the fail-over: \(answer.status) \(answer.text.prefix(500))")
                        #expect(answer.text.contains("2026-11-10"))
                    }
                }
            }
        }
    }

    /// Makes `primary` wait, at every commit, for a standby to flush it.
    static func makeSynchronous(_ primary: ThrowawayCluster) async throws {
        try await primary.runSQL("ALTER SYSTEM SET synchronous_standby_names = '*'")
        try await primary.runSQL("SELECT pg_reload_conf()")
        try await waitFor("the standby to replicate synchronously", seconds: 60) {
            let state = try? await primary.runSQL("SELECT string_agg(sync_state, ',') FROM pg_stat_replication")
            return state == "sync"
        }
    }

    /// The failover intervals' events on `replica`, by interval start (`start` in the payload: reported or corrected).
    static func intervalEvents(on replica: StreamingReplica) async throws -> [String: Int] {
        let text = try await replica.runSQL("""
            SELECT payload->>'start', count(*) FROM events
             WHERE stream_id = 'intervals-ACME-V-2026-11' AND payload->>'start' >= '2026-11-10'
             GROUP BY 1
            """)
        var counts: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "|")
            if fields.count == 2, let count = Int(fields[1]) { counts[String(fields[0])] = count }
        }
        return counts
    }

    static func readModelIntervals(on replica: StreamingReplica) async throws -> Int {
        let text = try await replica.runSQL("""
            SELECT count(*) FROM rm_queue_intervals.intervals WHERE queue_id = 'ACME-V' AND interval_start >= '2026-11-10'
            """)
        return Int(text) ?? 0
    }

    struct TimedOut: Error { let what: String }

    static func waitFor(_ what: String, seconds: Int, _ condition: () async -> Bool) async throws {
        for _ in 0..<(seconds * 4) {
            if await condition() { return }
            try await Task.sleep(for: .milliseconds(250))
        }
        Issue.record("timed out waiting for \(what)")
        throw TimedOut(what: what)
    }
}
