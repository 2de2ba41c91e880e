import EmbeddedPostgres
import EventStore
import Foundation
import Logging
import PostgresNIO
import Synchronization

/// A PostgreSQL cluster of its own for one test that crashes the server: the shared test
/// server must keep running for every other test, so such a test starts a separate small
/// cluster under a temporary directory on a free port, and removes it afterwards.
public struct ThrowawayCluster: Sendable {
    public let cluster: LocalCluster
    public let applicationURL: DatabaseURL
    public let administratorURL: DatabaseURL

    /// Starts a fresh cluster, migrates its database with `schema/`, runs `body`, then
    /// stops the cluster and removes its directory. `settings` are server settings added
    /// to the small defaults (TLS files, for instance).
    public static func with<Result: Sendable>(
        settings: [(name: String, value: String)] = [], _ body: @Sendable (ThrowawayCluster) async throws -> Result
    ) async throws -> Result {
        let root = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("callboard-throwaway-\(UUID().uuidString.prefix(8))")
        // The server runs as `postgres` when the tests run as root: the directory must be reachable.
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: root.path)
        let cluster = LocalCluster(root: root, port: try freePort(), settings: ClusterSettings([
            ("shared_buffers", "32MB"), ("fsync", "off"), ("max_connections", "40"),
        ] + settings))
        do {
            _ = try await ChildProcess.offThePool { try cluster.start() }
            let throwaway = ThrowawayCluster(
                cluster: cluster,
                applicationURL: try DatabaseURL(parsing: cluster.applicationURL),
                administratorURL: try DatabaseURL(parsing: cluster.administratorURL))
            let migrations = try MigrationDirectory.load(from: TestServer.checkout.appendingPathComponent("schema"))
            _ = try await PostgresClient.withRunningClient(throwaway.administratorURL, logger: TestDatabase.logger) { client in
                try await Migrator(client: client, logger: TestDatabase.logger).migrate(migrations)
            }
            let result = try await body(throwaway)
            try? await ChildProcess.offThePool { try cluster.stop() }
            try? FileManager.default.removeItem(at: root)
            return result
        } catch {
            try? await ChildProcess.offThePool { try cluster.stop() }
            try? FileManager.default.removeItem(at: root)
            throw error
        }
    }

    /// Stops the server as a crash does (`pg_ctl stop -m immediate`).
    public func crash() async throws { try await ChildProcess.offThePool { try cluster.crash() } }

    /// Starts the server again (it recovers from its WAL).
    public func restart() async throws { _ = try await ChildProcess.offThePool { try cluster.start() } }

    /// Ports handed out in this process, so that two throwaway clusters starting at once
    /// never pick the same one.
    private static let nextPort = Mutex(54399)

    /// A port on 127.0.0.1 nothing listens on now, from 54399 up, not handed out before.
    static func freePort() throws -> Int {
        while true {
            let port = nextPort.withLock { port -> Int in
                defer { port += 1 }
                return port
            }
            guard port < 54499 else { break }
            if !listening(port) { return port }
        }
        throw FaultPointError(description: "no free port in 54399-54498 for a throwaway cluster")
    }

    static func listening(_ port: Int) -> Bool {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return true }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return bound != 0
    }
}
