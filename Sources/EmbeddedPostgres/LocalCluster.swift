import Foundation

/// A private PostgreSQL cluster in a directory of the project (`.callboard/` by
/// default), so that a developer or CI needs no database server set up by hand.
///
/// It listens on a unix socket inside its directory and on a loopback port, trusts
/// local connections (nothing outside this machine can reach it), and when Callboard
/// runs as root, initdb and the server run as the unprivileged `postgres` user.
///
/// Layout: `data/` (the cluster), `run/` (the socket), `postgres.log`.
public struct LocalCluster: Sendable {
    /// The superuser, which runs migrations and creates databases.
    public static let administrator = "postgres"
    /// The login the application uses: a member of `callboard_app`, granted only what it needs.
    public static let applicationUser = "callboard"
    /// The role holding the application's privileges (created by the schema as well).
    public static let applicationRole = "callboard_app"
    /// The application's database.
    public static let database = "callboard"
    /// The loopback port, unless `CALLBOARD_PG_PORT` says otherwise.
    public static let defaultPort = 54329

    public let root: URL
    public let port: Int
    public let settings: ClusterSettings

    public init(root: URL, port: Int = LocalCluster.defaultPort, settings: ClusterSettings = .tuned) {
        self.root = root.standardizedFileURL
        self.port = port
        self.settings = settings
    }

    /// The cluster in `CALLBOARD_HOME` (default `.callboard` in the current directory)
    /// on `CALLBOARD_PG_PORT` (default 54329).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> LocalCluster {
        let root = environment["CALLBOARD_HOME"] ?? FileManager.default.currentDirectoryPath + "/.callboard"
        let port = environment["CALLBOARD_PG_PORT"].flatMap(Int.init) ?? defaultPort
        return LocalCluster(root: URL(fileURLWithPath: root), port: port)
    }

    public var dataDirectory: URL { root.appendingPathComponent("data") }
    public var socketDirectory: URL { root.appendingPathComponent("run") }
    public var logFile: URL { root.appendingPathComponent("postgres.log") }

    /// The application's connection URL (through the loopback port).
    public var applicationURL: String { url(user: Self.applicationUser, database: Self.database) }
    /// The administrator's connection URL.
    public var administratorURL: String { url(user: Self.administrator, database: Self.database) }

    public func url(user: String, database: String) -> String {
        "postgres://\(user)@127.0.0.1:\(port)/\(database)"
    }

    /// Whether the cluster is there and running.
    public enum Status: Sendable, Equatable, CustomStringConvertible {
        case notInitialised
        case stopped
        case running(pid: Int)

        public var description: String {
            switch self {
            case .notInitialised: return "not initialised"
            case .stopped: return "stopped"
            case .running(let pid): return "running (pid \(pid))"
            }
        }
    }

    public func status() throws -> Status {
        let versionFile = dataDirectory.appendingPathComponent("PG_VERSION").path
        guard FileManager.default.fileExists(atPath: versionFile) else { return .notInitialised }
        let binaries = try PostgresBinaries.locate()
        let runner = CommandRunner()
        guard runner.succeeds(binaries.program("pg_ctl"), ["-D", dataDirectory.path, "status"]) else { return .stopped }
        let pidLine = (try? String(contentsOf: dataDirectory.appendingPathComponent("postmaster.pid"), encoding: .utf8))?
            .split(separator: "\n").first
        return .running(pid: pidLine.flatMap { Int($0) } ?? 0)
    }
}
