import Foundation
import HTTPTypes
import HummingbirdTesting
import PostgresTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A real `callboard serve` process (the debug executable beside the tests, or
/// `.build/debug/callboard`) on a loopback port of its own, against a test database: for the
/// tests that run several servers, kill one, and look at what PostgreSQL says each holds.
final class ServeProcess: @unchecked Sendable {
    let process: Process
    let port: Int
    /// What the server wrote to standard output and error.
    let log: URL

    /// The executable under test; the tests need it built (`swift build --build-tests` does).
    static func executable() throws -> URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("callboard")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let built = checkout.appendingPathComponent(".build/debug/callboard")
        try #require(FileManager.default.isExecutableFile(atPath: built.path), "build the callboard executable first")
        return built
    }

    /// Starts `callboard serve` on a free port against `database`, with `arguments` after the port.
    static func start(database: TestDatabase, arguments: [String], directory: URL, name: String) throws -> ServeProcess {
        let port = try freePort()
        let log = directory.appendingPathComponent("\(name).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = try executable()
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", String(port)] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["CALLBOARD_DATABASE_URL"] = database.applicationURL.urlString
        environment["CALLBOARD_ADMIN_DATABASE_URL"] = nil
        // The same secret everywhere: agent pseudonyms, and so the answers, do not depend on the server.
        environment["CALLBOARD_PSEUDONYM_SECRET"] = "many-servers-test"
        process.environment = environment
        process.standardOutput = output
        process.standardError = output
        try process.run()
        return ServeProcess(process: process, port: port, log: log)
    }

    private init(process: Process, port: Int, log: URL) {
        self.process = process
        self.port = port
        self.log = log
    }

    var pid: Int32 { process.processIdentifier }
    var logText: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// Waits until `/healthz` answers 200.
    func waitUntilHealthy(within limit: Duration = .seconds(180)) async throws {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            try #require(process.isRunning, "serve on port \(port) exited: \(logText.suffix(2000))")
            let healthy = try? await TestClient.withClient(host: "127.0.0.1", port: port) { client in
                try await client.get("/healthz").status == .ok
            }
            if healthy == true { return }
            try await Task.sleep(for: .milliseconds(200))
        }
        Issue.record("serve on port \(port) did not become healthy: \(logText.suffix(2000))")
        throw CancellationError()
    }

    /// Kills the process at once (SIGKILL): its connections close without a word.
    func kill() async {
        _ = Glibc.kill(pid, SIGKILL)
        await ChildProcess.exit(of: process)
    }

    /// Stops the process gracefully (SIGTERM), killing it if it has not exited within `limit`.
    func stop(within limit: Duration = .seconds(30)) async {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = ContinuousClock.now + limit
        while process.isRunning, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(100)) }
        if process.isRunning { await kill() }
    }

    /// The local ports of the process's TCP sockets (its connections to PostgreSQL among them),
    /// from `/proc`: the socket inodes among its open files, looked up in the kernel's tables.
    func socketPorts() -> Set<Int> {
        let fdDirectory = "/proc/\(pid)/fd"
        var inodes: Set<String> = []
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: fdDirectory)) ?? [] {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "\(fdDirectory)/\(entry)"),
                  target.hasPrefix("socket:[") else { continue }
            inodes.insert(String(target.dropFirst("socket:[".count).dropLast()))
        }
        var ports: Set<Int> = []
        for table in ["tcp", "tcp6"] {
            // Read to the end: /proc files state no size, and a one-shot read stops at a page.
            let data = FileHandle(forReadingAtPath: "/proc/\(pid)/net/\(table)")?.readDataToEndOfFile() ?? Data()
            let text = String(decoding: data, as: UTF8.self)
            for line in text.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: " ", omittingEmptySubsequences: true)
                guard fields.count > 9, inodes.contains(String(fields[9])),
                      let port = fields[1].split(separator: ":").last.flatMap({ Int($0, radix: 16) }) else { continue }
                ports.insert(port)
            }
        }
        return ports
    }

    /// A loopback TCP port nobody listens on now.
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        try #require(bound == 0, "bind: errno \(errno)")
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        try #require(named == 0, "getsockname: errno \(errno)")
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
