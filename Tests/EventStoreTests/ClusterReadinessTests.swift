import EmbeddedPostgres
import Foundation
import PostgresTestSupport
import Testing

/// Issue 17, item 4: a report command brought the embedded cluster up twice, each time
/// spawning `pg_ctl status` (three times), `psql` and, as root, `runuser` for each, about
/// 1.3 s of `report awards`' 1.6 s. `LocalCluster.ensureRunning()` now answers from the
/// server's `postmaster.pid` when the server is ready, and starts it otherwise.
@Suite("Embedded cluster readiness without spawning programs")
struct ClusterReadinessTests {
    /// A cluster directory holding only a `postmaster.pid` with these lines.
    static func cluster(pidFile lines: [String], port: Int) throws -> LocalCluster {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("callboard-pidfile-\(UUID().uuidString.prefix(8))")
        let data = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try (lines.joined(separator: "\n") + "\n").write(to: data.appendingPathComponent("postmaster.pid"), atomically: true, encoding: .utf8)
        return LocalCluster(root: root, port: port)
    }

    static func pidFile(pid: Int32, port: Int, state: String) -> [String] {
        [String(pid), "/data", "1765000000", String(port), "/run", "127.0.0.1", "  5432001    0", state]
    }

    @Test func aReadyServerOnThisPortIsFoundFromItsPidFile() throws {
        let alive = getpid()
        #expect(try Self.cluster(pidFile: Self.pidFile(pid: alive, port: 54_999, state: "ready   "), port: 54_999)
            .readyServerPID() == Int(alive))
    }

    @Test(arguments: [
        (Self.pidFile(pid: getpid(), port: 54_998, state: "ready"), "another port"),
        (Self.pidFile(pid: getpid(), port: 54_999, state: "starting"), "not ready yet"),
        (Self.pidFile(pid: getpid(), port: 54_999, state: "stopping"), "shutting down"),
        (Self.pidFile(pid: 2_147_483_000, port: 54_999, state: "ready"), "a dead process (stale file after a crash)"),
        (["garbage"], "an unreadable file"),
    ])
    func anythingElseIsLeftToPgCtl(_ lines: [String], _ what: String) throws {
        #expect(try Self.cluster(pidFile: lines, port: 54_999).readyServerPID() == nil, "\(what)")
    }

    @Test func ensureRunningAnswersARunningClusterAndStartsAStoppedOne() async throws {
        try await ThrowawayCluster.with { throwaway in
            let cluster = throwaway.cluster
            let running = try cluster.status()
            #expect(cluster.readyServerPID().map { Status.running(pid: $0) } == running)
            #expect(try cluster.ensureRunning() == running)
            try await throwaway.crash()
            #expect(cluster.readyServerPID() == nil)
            let restarted = try cluster.ensureRunning()
            guard case .running = restarted else {
                Issue.record("not restarted: \(restarted)")
                return
            }
            #expect(cluster.readyServerPID().map { Status.running(pid: $0) } == restarted)
        }
    }
}

private typealias Status = LocalCluster.Status
