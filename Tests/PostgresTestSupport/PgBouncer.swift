import EventStore
import Foundation
import Logging
import PostgresNIO

/// A real PgBouncer (the Debian package's `/usr/sbin/pgbouncer`) in transaction pool mode in
/// front of the test server, for one test: what runs through it must do without session
/// state (LISTEN, session-level advisory locks, SET), since each transaction may run on
/// another server session.
///
/// It trusts the test server's users (the test server trusts loopback too), passes every database
/// name through to the server, and lets the application's startup settings
/// (`statement_timeout`, `lock_timeout`, TCP keepalives) through unapplied, as a production
/// pgbouncer.ini would with `ignore_startup_parameters` (deploy/README.md).
public struct PgBouncer: Sendable {
    public let port: Int
    /// The server connections it keeps per database and user.
    public let poolSize: Int

    public static let executable = "/usr/sbin/pgbouncer"

    /// `url` with its host and port replaced by the bouncer's: the same user and database
    /// through the bouncer.
    public func through(_ url: DatabaseURL) -> DatabaseURL {
        var routed = url
        routed.host = "127.0.0.1"
        routed.port = port
        routed.socketDirectory = nil
        return routed
    }

    /// Starts a bouncer in front of `server` (its host and port), runs `body`, then stops it.
    public static func with<Result: Sendable>(
        inFrontOf server: DatabaseURL, poolSize: Int = 4, _ body: @Sendable (PgBouncer) async throws -> Result
    ) async throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw FaultPointError(description: "\(executable) is missing: install the Debian package pgbouncer (deploy/install-system-packages.sh)")
        }
        let directory = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("callboard-pgbouncer-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // It runs as `postgres` when the tests run as root (pgbouncer refuses root).
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: directory.path)
        defer { try? FileManager.default.removeItem(at: directory) }
        let port = try ThrowawayCluster.freePort()
        let ini = directory.appendingPathComponent("pgbouncer.ini")
        try """
            [databases]
            * = host=\(server.host) port=\(server.port)

            [pgbouncer]
            listen_addr = 127.0.0.1
            listen_port = \(port)
            unix_socket_dir =
            auth_type = trust
            auth_file = \(directory.path)/users.txt
            pool_mode = transaction
            default_pool_size = \(poolSize)
            max_client_conn = 500
            ignore_startup_parameters = statement_timeout,lock_timeout,tcp_keepalives_idle,tcp_keepalives_interval,tcp_keepalives_count
            logfile = \(directory.path)/pgbouncer.log
            pidfile = \(directory.path)/pgbouncer.pid

            """.write(to: ini, atomically: true, encoding: .utf8)
        let users = Set(["callboard", "callboard_app", "postgres", server.user]).sorted()
        try users.map { "\"\($0)\" \"\"\n" }.joined().write(
            to: directory.appendingPathComponent("users.txt"), atomically: true, encoding: .utf8)
        for file in ["pgbouncer.ini", "users.txt"] {
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: directory.appendingPathComponent(file).path)
        }

        let process = Process()
        if getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            process.arguments = ["-u", "postgres", "--", executable, ini.path]
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = [ini.path]
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let bouncer = PgBouncer(port: port, poolSize: poolSize)
        let pidFile = directory.appendingPathComponent("pgbouncer.pid")
        do {
            try await bouncer.waitUntilServing(server, process: process, log: directory.appendingPathComponent("pgbouncer.log"))
            let result = try await body(bouncer)
            await bouncer.stop(process, pidFile: pidFile)
            return result
        } catch {
            await bouncer.stop(process, pidFile: pidFile)
            throw error
        }
    }

    /// Waits (at most 20 s) until a query goes through.
    private func waitUntilServing(_ server: DatabaseURL, process: Process, log: URL) async throws {
        let deadline = ContinuousClock.now + .seconds(20)
        var lastError: (any Error)?
        while ContinuousClock.now < deadline, process.isRunning {
            do {
                try await PostgresClient.withRunningClient(
                    through(server), logger: TestDatabase.logger, reachableWithin: .seconds(3), maximumConnections: 1
                ) { client in
                    _ = try await client.query("SELECT 1", logger: TestDatabase.logger)
                }
                return
            } catch {
                lastError = error
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        let logText = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        throw FaultPointError(description: "pgbouncer on port \(port) did not serve: \(lastError.map { "\($0)" } ?? "it exited"); log:\n\(logText)")
    }

    /// Stops it (SIGTERM to pgbouncer itself, which exits at once, then to the launcher).
    private func stop(_ process: Process, pidFile: URL) async {
        if let text = try? String(contentsOf: pidFile, encoding: .utf8), let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            kill(pid, SIGTERM)
        }
        process.terminate()
        await ChildProcess.exit(of: process)
    }
}
