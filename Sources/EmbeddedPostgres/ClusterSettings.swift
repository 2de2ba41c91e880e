/// The server settings a local cluster runs with, written to `callboard.conf` in its
/// data directory at every start.
///
/// ``tuned`` is the configuration for Callboard's workload on a small machine (2 cores,
/// a few GiB to spare): appends that commit often, bulk imports through COPY, and
/// projections that read the log in long sequential runs. `deploy/postgresql.md`
/// explains each value; the event store benchmark compares it with ``defaults``.
public struct ClusterSettings: Sendable, Hashable {
    public var values: [(name: String, value: String)]

    public init(_ values: [(name: String, value: String)]) {
        self.values = values
    }

    public static func == (lhs: ClusterSettings, rhs: ClusterSettings) -> Bool {
        lhs.values.map { "\($0.name)=\($0.value)" } == rhs.values.map { "\($0.name)=\($0.value)" }
    }

    public func hash(into hasher: inout Hasher) {
        for (name, value) in values { hasher.combine(name); hasher.combine(value) }
    }

    /// PostgreSQL's own defaults: nothing overridden.
    public static let defaults = ClusterSettings([])

    /// Callboard's workload configuration.
    public static let tuned = ClusterSettings([
        // Memory: keep the working set of the log and read models in PostgreSQL's cache.
        ("shared_buffers", "512MB"),
        ("effective_cache_size", "4GB"),
        ("work_mem", "32MB"),
        ("maintenance_work_mem", "256MB"),
        // WAL: bulk imports write a lot at once; few, spread-out checkpoints avoid
        // repeated full-page writes, and large WAL buffers absorb COPY bursts.
        ("wal_buffers", "64MB"),
        ("max_wal_size", "8GB"),
        ("min_wal_size", "1GB"),
        ("checkpoint_timeout", "15min"),
        ("checkpoint_completion_target", "0.9"),
        ("wal_compression", "on"),
        // Durability stays on: an acknowledged event is on disk. Concurrent commits
        // share one WAL flush without a delay: the event store groups its own concurrent
        // appends into one commit (GroupCommit), and on 2 cores `commit_delay` only added
        // latency (Benchmarks/README.md), so it stays at its default, 0.
        ("synchronous_commit", "on"),
        // Planner: the disk is an SSD and queries are short.
        ("random_page_cost", "1.1"),
        ("effective_io_concurrency", "200"),
        ("jit", "off"),
        ("max_connections", "200"),
        // A session left idle in a transaction holds the log's read horizon back for every
        // projection and the change feed (the horizon is server-wide): end it after 5 min.
        ("idle_in_transaction_session_timeout", "5min"),
    ])

    /// The settings file's text.
    func fileText(port: Int, socketDirectory: String) -> String {
        var lines = [
            "# Written by callboard at every start; edit ClusterSettings.swift instead.",
            "listen_addresses = '127.0.0.1'",
            "port = \(port)",
            "unix_socket_directories = '\(socketDirectory)'",
        ]
        lines += values.map { "\($0.name) = '\($0.value)'" }
        return lines.joined(separator: "\n") + "\n"
    }
}
