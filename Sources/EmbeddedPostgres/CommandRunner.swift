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
        let process = Process()
        if dropPrivileges && runsAsRoot {
            process.executableURL = URL(fileURLWithPath: Self.runuserPath)
            process.arguments = ["-u", Self.unprivilegedUser, "--", program] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
        }
        // Output goes to a file, not a pipe: a server started by pg_ctl inherits the
        // descriptor and would hold a pipe open for as long as it runs.
        let outputURL = FileManager.default.temporaryDirectory.appendingPathComponent("callboard-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outputURL) }
        let output = try FileHandle(forWritingTo: outputURL)
        process.standardOutput = output
        process.standardError = output
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        try process.run()
        if let input {
            inputPipe.fileHandleForWriting.write(Data(input.utf8))
            try inputPipe.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        try output.close()
        let data = (try? Data(contentsOf: outputURL)) ?? Data()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0 else {
            throw Failure(command: ([program] + arguments).joined(separator: " "), status: process.terminationStatus, output: text)
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
