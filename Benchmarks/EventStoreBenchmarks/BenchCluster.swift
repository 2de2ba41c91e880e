import EmbeddedPostgres
import EventStore
import Foundation
import PostgresNIO

/// Which server configuration a run measures: Callboard's ``ClusterSettings/tuned`` or
/// PostgreSQL's own defaults. Chosen with `CALLBOARD_BENCH_SETTINGS=tuned|defaults`.
enum BenchSettings: String, Sendable {
    case tuned
    case defaults

    var clusterSettings: ClusterSettings {
        switch self {
        case .tuned: return .tuned
        case .defaults: return .defaults
        }
    }

    /// Ports away from the developers' cluster (54329), one per configuration.
    var port: Int {
        switch self {
        case .tuned: return 54349
        case .defaults: return 54339
        }
    }
}

/// The benchmark run's surroundings, read from the environment:
///
/// - `CALLBOARD_BENCH_SETTINGS`: `tuned` (default) or `defaults`;
/// - `CALLBOARD_BENCH_ROOT`: the cluster's directory (default `$TMPDIR/callboard-bench-<settings>`);
/// - `CALLBOARD_BENCH_PORT`: overrides the port (54349 tuned, 54339 defaults);
/// - `CALLBOARD_BENCH_RESULTS`: a file every measured iteration appends its events/s to,
///   which `Benchmarks/run.sh` turns into the ratios;
/// - `CALLBOARD_BENCH_KEEP_CLUSTER`: set to leave the cluster running after each benchmark.
///
/// package-benchmark runs every benchmark in a process of its own, so each one starts the
/// cluster (initialising it the first time), works in a fresh database, and stops it again.
struct BenchEnvironment: Sendable {
    let settings: BenchSettings
    let cluster: LocalCluster
    let resultsFile: String?
    let keepsClusterRunning: Bool
    let schemaDirectory: URL

    static let templateDatabase = "bench_template"

    static let current: BenchEnvironment = {
        let environment = ProcessInfo.processInfo.environment
        let name = environment["CALLBOARD_BENCH_SETTINGS"] ?? BenchSettings.tuned.rawValue
        guard let settings = BenchSettings(rawValue: name) else {
            fatalError("CALLBOARD_BENCH_SETTINGS must be `tuned` or `defaults`, not `\(name)`")
        }
        let root = environment["CALLBOARD_BENCH_ROOT"]
            ?? URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("callboard-bench-\(settings.rawValue)").path
        let port = environment["CALLBOARD_BENCH_PORT"].flatMap(Int.init) ?? settings.port
        // Benchmarks/EventStoreBenchmarks/BenchCluster.swift -> the package root's schema/.
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let schema = environment["CALLBOARD_SCHEMA_DIR"].map { URL(fileURLWithPath: $0) }
            ?? packageRoot.appendingPathComponent("schema")
        return BenchEnvironment(
            settings: settings,
            cluster: LocalCluster(root: URL(fileURLWithPath: root), port: port, settings: settings.clusterSettings),
            resultsFile: environment["CALLBOARD_BENCH_RESULTS"],
            keepsClusterRunning: environment["CALLBOARD_BENCH_KEEP_CLUSTER"] != nil,
            schemaDirectory: schema
        )
    }()

    static let logger: Logger = {
        var logger = Logger(label: "callboard.benchmarks")
        logger.logLevel = .error
        return logger
    }()

    /// Starts the cluster (initialising it the first time; the application's login with
    /// it) and makes sure the migrated template database exists.
    func startCluster() async throws {
        try cluster.start()
        try await ensureTemplate()
    }

    func stopCluster() throws {
        guard !keepsClusterRunning else { return }
        try cluster.stop()
    }

    /// A new database, copied from the template: the event store's schema plus
    /// `plain_events`, a table of the same shape as `events` without the store's logic.
    func createFreshDatabase(_ name: String) throws -> (application: DatabaseURL, administrator: DatabaseURL) {
        try cluster.runSQL("DROP DATABASE IF EXISTS \(name) WITH (FORCE);")
        try cluster.runSQL("CREATE DATABASE \(name) TEMPLATE \(Self.templateDatabase);")
        return (
            try DatabaseURL(parsing: cluster.applicationURL).database(name),
            try DatabaseURL(parsing: cluster.administratorURL).database(name)
        )
    }

    func dropDatabase(_ name: String) throws {
        try cluster.runSQL("DROP DATABASE IF EXISTS \(name) WITH (FORCE);")
    }

    /// Builds the template under another name and renames it when complete, so that an
    /// interrupted run never leaves a half-migrated template behind.
    private func ensureTemplate() async throws {
        let exists = try cluster.runSQL("SELECT 1 FROM pg_database WHERE datname = '\(Self.templateDatabase)'")
        guard exists.isEmpty else { return }
        let building = Self.templateDatabase + "_building"
        try cluster.runSQL("DROP DATABASE IF EXISTS \(building) WITH (FORCE);")
        try cluster.runSQL("CREATE DATABASE \(building);")
        let migrations = try MigrationDirectory.load(from: schemaDirectory)
        let adminURL = try DatabaseURL(parsing: cluster.administratorURL).database(building)
        _ = try await PostgresClient.withRunningClient(adminURL, logger: Self.logger) { client in
            try await Migrator(client: client, logger: Self.logger).migrate(migrations).applied.count
        }
        try cluster.runSQL(Self.plainTableSQL, database: building)
        try cluster.runSQL("ALTER DATABASE \(building) RENAME TO \(Self.templateDatabase);")
    }

    /// The baselines' tables, with no triggers, functions, key table or streams table.
    ///
    /// `plain_events` has the same columns, defaults, identity and checks as `events`, and the
    /// four indexes the partitioned log's baseline has had since schema/0030: its primary key
    /// (position, recorded_at), (transaction_id, position), and non-unique (stream_id,
    /// stream_version) and event_id. (0030 moved the log's unique keys to `event_keys`, so
    /// `LIKE events` no longer copies them; 0031 dropped the partitions' event_id index, as
    /// event_keys is the log's id index, and the baseline keeps its own unchanged.)
    ///
    /// `plain_keyed_events` is the same table with the keys a log needs unique, as the
    /// unpartitioned log had them: unique (stream_id, stream_version) and unique event_id.
    /// Its B2k figure is shown beside B2, not as a target.
    static let plainTableSQL = """
        CREATE TABLE plain_events (LIKE events INCLUDING ALL);
        CREATE INDEX IF NOT EXISTS plain_events_event_id_idx ON plain_events (event_id);
        GRANT SELECT, INSERT ON plain_events TO callboard_app;
        CREATE TABLE plain_keyed_events (LIKE events INCLUDING ALL);
        DROP INDEX plain_keyed_events_stream_id_stream_version_idx;
        ALTER TABLE plain_keyed_events
            ADD CONSTRAINT plain_keyed_events_stream_version_key UNIQUE (stream_id, stream_version),
            ADD CONSTRAINT plain_keyed_events_event_id_key UNIQUE (event_id);
        GRANT SELECT, INSERT ON plain_keyed_events TO callboard_app;
        """
}

/// Why a benchmark could not run.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
