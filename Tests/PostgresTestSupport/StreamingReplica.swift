import EmbeddedPostgres
import EventStore
import Foundation
import Synchronization

/// A hot standby of a ``ThrowawayCluster``, streaming from it, made with `pg_basebackup -R`
/// in a temporary directory on its own port: what the read-replica and fail-over tests read
/// from, stop, restart, pause and promote.
public struct StreamingReplica: Sendable {
    public let cluster: LocalCluster
    public let applicationURL: DatabaseURL
    public let administratorURL: DatabaseURL

    /// The ports replicas and switches use (54371-54386: three suites start replicas and switches
    /// at once), away from the throwaway clusters' range.
    static let ports = 54371...54386
    private static let nextPort = Mutex(0)

    /// A port of ``ports`` nothing listens on, handed out in turn, so that tests starting at
    /// once never pick the same one.
    static func reservePort() throws -> Int {
        for _ in 0..<(2 * ports.count) {
            let port = nextPort.withLock { next -> Int in
                defer { next += 1 }
                return ports.lowerBound + next % ports.count
            }
            if !ThrowawayCluster.listening(port) { return port }
        }
        throw FaultPointError(description: "no free port in \(ports) for a streaming replica or a switch")
    }

    /// Starts a standby of `primary`, runs `body`, then stops it and removes its directory.
    public static func with<Result: Sendable>(
        of primary: ThrowawayCluster, name: String = "callboard_replica", _ body: @Sendable (StreamingReplica) async throws -> Result
    ) async throws -> Result {
        let root = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("callboard-replica-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: root.path)
        let port = try reservePort()
        let cluster = LocalCluster(root: root, port: port, settings: ClusterSettings([
            ("shared_buffers", "32MB"), ("fsync", "off"), ("max_connections", "40"), ("hot_standby_feedback", "on"),
        ]))
        do {
            try await ChildProcess.offThePool { try cluster.startAsStandby(of: primary.cluster, name: name) }
            let replica = StreamingReplica(
                cluster: cluster,
                applicationURL: try DatabaseURL(parsing: cluster.applicationURL),
                administratorURL: try DatabaseURL(parsing: cluster.administratorURL))
            let result = try await body(replica)
            try? await ChildProcess.offThePool { try cluster.stop() }
            try? FileManager.default.removeItem(at: root)
            return result
        } catch {
            try? await ChildProcess.offThePool { try cluster.stop() }
            try? FileManager.default.removeItem(at: root)
            throw error
        }
    }

    /// Stops the standby (fast shutdown).
    public func stop() async throws { try await ChildProcess.offThePool { try cluster.stop() } }

    /// Starts it again: it resumes streaming where it stopped.
    public func start() async throws { _ = try await ChildProcess.offThePool { try cluster.start() } }

    /// Promotes it to a primary (`pg_ctl promote`).
    public func promote() async throws { try await ChildProcess.offThePool { try cluster.promote() } }

    /// Stops applying the WAL it receives (`pg_wal_replay_pause()`): it lags from now on.
    public func pauseReplay() async throws {
        _ = try await ChildProcess.offThePool { try cluster.runSQL("SELECT pg_wal_replay_pause()") }
    }

    /// Applies the WAL again (`pg_wal_replay_resume()`).
    public func resumeReplay() async throws {
        _ = try await ChildProcess.offThePool { try cluster.runSQL("SELECT pg_wal_replay_resume()") }
    }

    /// The standby's newest event position (what it has replayed).
    public func newestPosition() async throws -> Int64 {
        let text = try await ChildProcess.offThePool {
            try cluster.runSQL("SELECT coalesce(max(position), 0) FROM events", database: LocalCluster.database)
        }
        return Int64(text) ?? -1
    }
}

extension StreamingReplica {
    /// Runs SQL on the replica as the administrator (psql), in the application's database by default.
    @discardableResult
    public func runSQL(_ sql: String, database: String = LocalCluster.database) async throws -> String {
        try await ChildProcess.offThePool { try cluster.runSQL(sql, database: database) }
    }
}

extension ThrowawayCluster {
    /// Kills the server as a lost machine would (`kill -9` of the postmaster and its processes).
    public func killServer() async throws { try await ChildProcess.offThePool { try cluster.killServer() } }

    /// Runs SQL on the server as the administrator (psql).
    @discardableResult
    public func runSQL(_ sql: String, database: String = "postgres") async throws -> String {
        try await ChildProcess.offThePool { try cluster.runSQL(sql, database: database) }
    }
}
