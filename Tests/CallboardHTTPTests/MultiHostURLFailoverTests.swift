import CallboardDomain
import CallboardOperations
@testable import CallboardHTTP
import EventStore
import Foundation
import Logging
import PostgresNIO
import PostgresTestSupport
import Synchronization
import Testing

/// Multi-host URLs with `target_session_attrs` against a real primary and a real streaming
/// replica (issue 16 items 2 and 5): each attribute picks the right node whatever the order
/// of the hosts; with none qualifying the error names every host tried; and after the
/// primary is killed and the replica promoted, a client on a `read-write` URL naming both
/// reconnects to the new primary by itself, no address switched, losing no acknowledged event.
@Suite(.serialized) struct MultiHostURLFailoverTests {
    static func url(_ base: DatabaseURL, ports: [Int], _ attributes: TargetSessionAttributes) -> DatabaseURL {
        var url = base
        url.hosts = ports.map { DatabaseHost(host: "127.0.0.1", port: $0) }
        url.targetSessionAttributes = attributes
        return url
    }

    /// Whether the server a client's connection reached is in recovery, and its port.
    static func server(of client: PostgresClient) async throws -> (inRecovery: Bool, port: Int) {
        try await client.withConnection { connection in
            let rows = try await connection.query("SELECT pg_is_in_recovery(), inet_server_port()", logger: TestDatabase.logger)
            for try await (recovery, port) in rows.decode((Bool, Int).self) { return (recovery, port) }
            return (false, 0)
        }
    }

    @Test func eachTargetSessionAttributePicksItsNodeWhateverTheOrder() async throws {
        try await ThrowawayCluster.with { primary in
            try await StreamingReplica.with(of: primary, name: "multihost_standby") { replica in
                let (p, r) = (primary.cluster.port, replica.cluster.port)
                let cases: [([Int], TargetSessionAttributes, Int)] = [
                    ([r, p], .readWrite, p), ([p, r], .readWrite, p),
                    ([r, p], .primary, p), ([p, r], .primary, p),
                    ([p, r], .readOnly, r), ([p, r], .standby, r), ([r, p], .standby, r),
                    ([p, r], .preferStandby, r), ([r, p], .any, r), ([p, r], .any, p),
                ]
                for (ports, attributes, expected) in cases {
                    let url = Self.url(primary.applicationURL, ports: ports, attributes)
                    try await PostgresClient.withRunningClient(url, logger: TestDatabase.logger, maximumConnections: 2) { client in
                        let server = try await Self.server(of: client)
                        #expect(server.port == expected, "\(url): reached port \(server.port)")
                        #expect(server.inRecovery == (expected == r), "\(url)")
                    }
                }
                // prefer-standby with no standby left: the primary.
                let primaryOnly = Self.url(primary.applicationURL, ports: [p], .preferStandby)
                try await PostgresClient.withRunningClient(primaryOnly, logger: TestDatabase.logger, maximumConnections: 1) { client in
                    let server = try await Self.server(of: client)
                    #expect(server.port == p)
                }

                // None qualifies: the error names every host tried and why.
                let unused = 1  // nothing listens on port 1: connection refused
                let none = Self.url(primary.applicationURL, ports: [p, unused], .standby)
                do {
                    _ = try await HostChooser(url: none, logger: TestDatabase.logger).choose()
                    Issue.record("a standby was chosen among a primary and a closed port")
                } catch let error as NoHostQualifies {
                    #expect(error.passedOver.count == 2)
                    #expect("\(error)".contains("127.0.0.1:\(p): a primary, read-write"), "\(error)")
                    #expect("\(error)".contains("127.0.0.1:\(unused): "), "\(error)")
                }
                do {
                    try await PostgresClient.withRunningClient(
                        none, logger: TestDatabase.logger, reachableWithin: .seconds(3), maximumConnections: 1) { _ in }
                    Issue.record("a client reached a standby among a primary and a closed port")
                } catch let error as PostgresClient.UnreachableError {
                    #expect(error.reason.contains("no host qualifies for target_session_attrs=standby"), "\(error)")
                    #expect(error.url.contains("127.0.0.1:\(p),127.0.0.1:\(unused)"), "\(error)")
                }
            }
        }
    }

    @Test func aReadWriteURLReconnectsToThePromotedReplicaWithoutSwitchingAddresses() async throws {
        try await ThrowawayCluster.with { primary in
            try await StreamingReplica.with(of: primary, name: "multihost_failover") { replica in
                try await FailoverTests.makeSynchronous(primary)
                let url = Self.url(primary.applicationURL, ports: [primary.cluster.port, replica.cluster.port], .readWrite)
                let configuration = {
                    var configuration = EventLog.Configuration()
                    configuration.deadlines.statement = .seconds(10)
                    configuration.deadlines.connect = .seconds(5)
                    return configuration
                }()
                try await PostgresClient.withRunningClient(
                    url, logger: TestDatabase.logger, maximumConnections: 8, sessionParameters: configuration.deadlines.sessionParameters
                ) { client in
                    let store = EventLog(client: client, configuration: configuration, logger: TestDatabase.logger)
                    let before = try await Self.server(of: client)
                    #expect(before.port == primary.cluster.port)
                    // The queue the intervals belong to.
                    try await ExportWorld.record(Importer(store: store, actor: "test"))
                    let acknowledged = Mutex<[Int]>([])
                    let stop = Atomic<Bool>(false)
                    let importer = Task {
                        var index = 0
                        while !stop.load(ordering: .sequentiallyConsistent) {
                            do {
                                _ = try await Importer(store: store, actor: "test")
                                    .importFile(.intervals, text: FailoverTests.row(index), file: "multihost-\(index).csv")
                                acknowledged.withLock { $0.append(index) }
                                index += 1
                            } catch {
                                try? await Task.sleep(for: .milliseconds(200))
                            }
                        }
                    }
                    defer { stop.store(true, ordering: .sequentiallyConsistent) }
                    try await FailoverTests.waitFor("10 intervals acknowledged before the kill", seconds: 120) {
                        acknowledged.withLock { $0.count } >= 10
                    }
                    try await primary.killServer()
                    let atKill = acknowledged.withLock { $0.count }
                    try await replica.promote()
                    try await FailoverTests.waitFor("10 more intervals acknowledged through the same URL", seconds: 180) {
                        acknowledged.withLock { $0.count } >= atKill + 10
                    }
                    stop.store(true, ordering: .sequentiallyConsistent)
                    await importer.value
                    let after = try await Self.server(of: client)
                    #expect(!after.inRecovery && after.port == replica.cluster.port)

                    let stored = try await FailoverTests.intervalEvents(on: replica)
                    for index in acknowledged.withLock({ $0 }) {
                        let instant = EventJSON.format(FailoverTests.firstInterval.addingTimeInterval(TimeInterval(index * 1800)))
                        #expect(stored[instant] == 1, "interval \(index) stored \(stored[instant] ?? 0) times")
                    }
                }
            }
        }
    }
}
