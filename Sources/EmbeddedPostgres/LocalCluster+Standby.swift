import Foundation

extension LocalCluster {
    /// Makes this cluster, not initialised yet, a streaming replica (hot standby) of `primary`
    /// with `pg_basebackup -R` (a copy of the primary's data, `standby.signal` and the
    /// `primary_conninfo` to stream from it), then starts it on its own port. The primary needs
    /// `wal_level = replica` (PostgreSQL's default), free WAL senders and a `replication` line in
    /// `pg_hba.conf` (initdb's trust configuration has one for 127.0.0.1). `name` becomes the
    /// standby's `application_name`, which `synchronous_standby_names` can list.
    public func startAsStandby(of primary: LocalCluster, name: String = "callboard_replica") throws {
        let binaries = try PostgresBinaries.locate()
        let runner = CommandRunner()
        try prepareDirectories(runner: runner)
        try FileLock.withLock(at: root.appendingPathComponent(".lock")) {
            guard try status() == .notInitialised else { return }
            try runner.run(binaries.program("pg_basebackup"), [
                "-D", dataDirectory.path, "-R", "-X", "stream", "-c", "fast",
                "-d", "host=127.0.0.1 port=\(primary.port) user=\(Self.administrator) application_name=\(name)",
            ])
        }
        try start()
    }

    /// Promotes a standby to a primary (`pg_ctl promote`, waiting until it accepts writes).
    public func promote() throws {
        let binaries = try PostgresBinaries.locate()
        try CommandRunner().run(binaries.program("pg_ctl"), ["-D", dataDirectory.path, "-w", "-t", "60", "promote"])
    }

    /// Kills the server as a lost machine would: SIGKILL to the postmaster and every process
    /// it started, no shutdown at all (`kill -9`). The next start recovers from the WAL.
    public func killServer() throws {
        guard case .running(let pid) = try status(), pid > 0 else { return }
        let children = Self.children(of: pid_t(pid))
        Foundation.kill(pid_t(pid), SIGKILL)
        for child in children { Foundation.kill(child, SIGKILL) }
        // Wait until the postmaster is gone (its pid file stays: that is what a crash leaves).
        for _ in 0..<200 where Foundation.kill(pid_t(pid), 0) == 0 { usleep(25_000) }
    }

    /// The processes whose parent is `pid` (from /proc).
    static func children(of pid: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let child = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            // After "pid (comm) state ppid ...".
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && pid_t(fields[1]) == pid ? child : nil
        }
    }
}
