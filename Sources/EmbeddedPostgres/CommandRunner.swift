import Foundation

/// Runs the PostgreSQL programs, as an unprivileged user when we are root: initdb and
/// the server refuse to run as root.
struct CommandRunner: Sendable {
    /// The account the cluster runs as when Callboard runs as root.
    static let unprivilegedUser = "postgres"

    var runsAsRoot: Bool { geteuid() == 0 }

    /// Why a program failed.
    struct Failure: Error, CustomStringConvertible {
        let command: String
        let status: Int32
        let output: String
        var description: String {
            "`\(command)` failed (exit \(status))" + (output.isEmpty ? "" : ":\n\(output)")
        }
    }

    /// Runs `program` with `arguments`, as the unprivileged user if `dropPrivileges` and
    /// we are root; returns its standard output and error, or throws on a non-zero exit.
    @discardableResult
    func run(_ program: String, _ arguments: [String], input: String? = nil, dropPrivileges: Bool = true) throws -> String {
        let argv = dropPrivileges && runsAsRoot
            ? [Self.runuserPath, "-u", Self.unprivilegedUser, "--", program] + arguments
            : [program] + arguments
        // Input and output go through files, not pipes: a server started by pg_ctl
        // inherits the descriptors and would hold a pipe open for as long as it runs.
        let scratch = FileManager.default.temporaryDirectory
        let inputURL = scratch.appendingPathComponent("callboard-\(UUID().uuidString).in")
        let outputURL = scratch.appendingPathComponent("callboard-\(UUID().uuidString).out")
        try Data((input ?? "").utf8).write(to: inputURL)
        defer {
            try? FileManager.default.removeItem(at: inputURL)
            try? FileManager.default.removeItem(at: outputURL)
        }
        let status = try ChildProcess.run(argv, stdinPath: inputURL.path, outputPath: outputURL.path)
        let data = (try? Data(contentsOf: outputURL)) ?? Data()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard status == 0 else {
            throw Failure(command: argv.joined(separator: " "), status: status, output: text)
        }
        return text
    }

    /// Exit status only, for programs whose failure is an answer (pg_ctl status).
    func succeeds(_ program: String, _ arguments: [String]) -> Bool {
        (try? run(program, arguments)) != nil
    }

    static var runuserPath: String {
        ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"].first { FileManager.default.isExecutableFile(atPath: $0) }
            ?? "/usr/sbin/runuser"
    }
}
