import Foundation

/// A program a test runs as a child process (the built `callboard`, bash, openssl, rsvg),
/// awaited without holding one of the threads every test's async work shares.
///
/// Swift's cooperative pool has as many threads as the machine has cores: two on CI. A test
/// that blocks one in `waitUntilExit` or `readDataToEndOfFile` while its child waits for the
/// log takes a thread from every other test; two such tests stop the whole process, the test
/// whose open transaction holds the log back among them, and the child then waits until its
/// own deadline (or for ever on a lock). So the reading and the waiting happen on threads of
/// their own, and the test only awaits them.
public enum ChildProcess {
    /// How a child ended and what it printed.
    public struct Outcome: Sendable {
        public let status: Int32
        public let output: String
        public let errors: String
    }

    /// Runs `executable` with `arguments` to its end. `environment` is merged over this
    /// process's; `mergingErrors` sends standard error into ``Outcome/output``.
    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:], mergingErrors: Bool = false
    ) async throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = mergingErrors ? output : errors
        try process.run()
        // Both pipes are drained at once: a child that fills one while the test reads the
        // other would otherwise wait for ever.
        async let printed = readToEnd(output.fileHandleForReading)
        async let complained = mergingErrors ? Data() : readToEnd(errors.fileHandleForReading)
        let (out, err) = await (printed, complained)
        await exit(of: process)
        return Outcome(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                       errors: String(decoding: err, as: UTF8.self))
    }

    /// Waits until `process` (started elsewhere) has exited.
    public static func exit(of process: Process) async {
        _ = try? await offThePool { process.waitUntilExit() }
    }

    /// Everything `handle` yields until its writers close it.
    public static func readToEnd(_ handle: FileHandle) async -> Data {
        (try? await offThePool { handle.readDataToEndOfFile() }) ?? Data()
    }

    /// Runs `body` (blocking work: a child's exit, a pipe, a cluster's programs such as
    /// initdb and pg_ctl, seconds of waiting) on a thread of its own and awaits its result,
    /// so that it holds none of the few threads every test's async work shares.
    public static func offThePool<Result: Sendable>(_ body: @escaping @Sendable () throws -> Result) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Swift.Result { try body() }) }
        }
    }
}
