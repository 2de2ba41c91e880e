import Foundation
import PostgresNIO

#if canImport(Glibc)
import Glibc
#endif

/// What one timed piece of work cost, in figures that do not depend on the machine's load:
/// WAL bytes written (the server's LSN before and after), CPU time of this process (the
/// client) and of the cluster's server processes (postmaster and its children, from
/// `/proc/<pid>/schedstat`), and commits (`pg_stat_database`, read after the stats flush).
///
/// Issue 17's eight writers were slower with PostgreSQL's defaults, and slower as a run went
/// on, while the machine's load blurred every timing; these per-event costs say whether
/// WAL volume (full-page images), the server or the client grew.
struct CostProbe: Sendable {
    struct Reading: Sendable {
        var walPosition: Int64
        var clientCPU: Double
        var serverCPU: Double
    }

    let client: PostgresClient
    let dataDirectory: URL

    func read() async throws -> Reading {
        var position: Int64 = 0
        for try await (value) in try await client.query(
            "SELECT (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::int8", logger: BenchEnvironment.logger
        ).decode(Int64.self) {
            position = value
        }
        return Reading(walPosition: position, clientCPU: Self.processCPU(), serverCPU: serverCPU())
    }

    /// Records `key`'s costs per event between `before` and `after` as `key.wal` (bytes),
    /// `key.client` and `key.server` (CPU microseconds).
    static func record(key: String, events: Int, from before: Reading, to after: Reading) {
        let n = Double(events)
        Recorder.record(key: key + ".wal", value: Double(after.walPosition - before.walPosition) / n)
        Recorder.record(key: key + ".client", value: (after.clientCPU - before.clientCPU) * 1e6 / n)
        Recorder.record(key: key + ".server", value: (after.serverCPU - before.serverCPU) * 1e6 / n)
    }

    /// CPU seconds of this process, every thread (user and system).
    static func processCPU() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// CPU seconds of the postmaster and every process it started (backends, WAL writer,
    /// checkpointer...) that is running now.
    func serverCPU() -> Double {
        guard let text = try? String(contentsOf: dataDirectory.appendingPathComponent("postmaster.pid"), encoding: .utf8),
              let line = text.split(separator: "\n").first, let postmaster = Int(line) else { return 0 }
        var total = Self.cpuSeconds(of: postmaster)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = Int(entry), pid != postmaster,
                  let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // Fields after the command: state, ppid, ...
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 1, Int(fields[1]) == postmaster else { continue }
            total += Self.cpuSeconds(of: pid)
        }
        return total
    }

    /// Time on CPU of `pid` (nanoseconds in schedstat's first field), in seconds.
    static func cpuSeconds(of pid: Int) -> Double {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/schedstat", encoding: .utf8),
              let first = text.split(separator: " ").first, let nanoseconds = Double(first) else { return 0 }
        return nanoseconds / 1e9
    }
}
