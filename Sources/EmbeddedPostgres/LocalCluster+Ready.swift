import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LocalCluster {
    /// Makes sure the cluster runs, for a command about to connect: answers at once from
    /// the server's own `postmaster.pid` when the server is up and ready on this port, and
    /// falls back to ``start()`` otherwise.
    ///
    /// ``start()`` spawns up to six programs even when the server runs (`pg_ctl status`
    /// three times, `psql` for the login, and, as root, `runuser`, which opens a PAM
    /// session for each): about 1.3 s of a report command's 1.6 s that ran it twice.
    @discardableResult
    public func ensureRunning() throws -> Status {
        if let pid = readyServerPID() { return .running(pid: pid) }
        return try start()
    }

    /// The pid of this cluster's server when its `postmaster.pid` says it is ready on this
    /// cluster's port and that process is alive; nil otherwise (then ask `pg_ctl`).
    ///
    /// `postmaster.pid`: line 1 the pid, line 4 the port, line 8 the state, `ready` once
    /// the server accepts connections. A stale file left by a crash names a dead process.
    public func readyServerPID() -> Int? {
        let file = dataDirectory.appendingPathComponent("postmaster.pid")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.count >= 8, let pid = Int32(lines[0]), pid > 0, Int(lines[3]) == port, lines[7] == "ready" else {
            return nil
        }
        // Signal 0 checks the process exists; EPERM means it exists under another user.
        guard kill(pid, 0) == 0 || errno == EPERM else { return nil }
        return Int(pid)
    }
}
