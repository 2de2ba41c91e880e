import ArgumentParser
import CallboardOperations
import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing
@testable import CallboardCLI

/// The exit codes the code uses are the ones `--help` and README document (issue 14, item 5):
/// both are checked against `ExitStatus`, and no command exits with a number of its own.
@Suite struct ExitStatusTests {
    @Test func readmeTableListsEveryCodeWithItsMeaning() throws {
        let lines = try Readme.text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("Exit codes") })
        let rows = lines[(start + 1)...].drop { $0.isEmpty }.prefix { !$0.isEmpty }.filter { $0.hasPrefix("| ") && !$0.contains("---") }.dropFirst()
        let table = rows.map { row -> (Int32, String) in
            // `| 65 | meaning, which may hold an escaped \| |`
            let inner = row.dropFirst(2).dropLast(2)
            let code = inner.prefix { $0 != " " }
            return (Int32(code) ?? -1, String(inner.dropFirst(code.count + 3)))
        }
        #expect(table.map(\.0) == ExitStatus.allCases.map(\.rawValue))
        for (code, meaning) in table {
            #expect(meaning.replacingOccurrences(of: "\\|", with: "|") == ExitStatus(rawValue: code)?.meaning)
        }
    }

    @Test func helpListsEveryCode() {
        let help = CallboardCommand.helpMessage()
        for status in ExitStatus.allCases {
            #expect(help.contains("\(status.rawValue)"), "\(status)")
        }
        #expect(help.contains("Exit codes:"))
        #expect(help.contains("--generate-completion-script"))
        #expect(ExitStatus.helpText.contains("\n69: the database cannot be reached"))
    }

    /// Every exit in the CLI's sources goes through `ExitStatus` (or swift-argument-parser's
    /// own usage error), so a new number cannot appear without its line in the table.
    @Test func noCommandExitsWithANumberOfItsOwn() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/CallboardCLI")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        let literal = try Regex(#"ExitCode\(\d+\)|exit\((?!0\))\d+\)|ExitCode\.(failure|validationFailure)"#)
        var checked = 0
        for case let file as URL in files where file.pathExtension == "swift" && file.lastPathComponent != "ExitStatus.swift" {
            checked += 1
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.firstMatch(of: literal) == nil, "\(file.lastPathComponent) exits with a number of its own")
        }
        #expect(checked > 50)
    }

    /// A new build run against a database not yet migrated fails on a column, table or
    /// function it does not have: the error says to migrate; other database errors do not.
    @Test func aMissingColumnSaysToMigrate() async throws {
        try await TestDatabase.withEventStore { store, _ in
            func failure(_ sql: String) async -> PSQLError? {
                do {
                    for try await _ in try await store.client.query(PostgresQuery(unsafeSQL: sql), logger: TestDatabase.logger) {}
                    return nil
                } catch { return error as? PSQLError }
            }
            let missing = try #require(await failure("SELECT tables_version_of_the_future FROM projection_checkpoints"))
            #expect(OlderSchemaHint.describe(missing).contains("run `callboard db migrate`"))
            let function = try #require(await failure("SELECT log_read_horizon_of_the_future()"))
            #expect(OlderSchemaHint.describe(function).contains("run `callboard db migrate`"))
            let other = try #require(await failure("SELECT 1 / 0"))
            #expect(!OlderSchemaHint.describe(other).contains("db migrate"))
        }
    }

    @Test func errorsMapToTheirCodes() {
        #expect(ExitStatus.of(UnknownID(kind: "account", id: "TABULA", among: ["tabula"])) == .refused)
        #expect(ExitStatus.of(DatabaseInterruption.connectionLost("reading", detail: "closed")) == .unavailable)
        #expect(ExitStatus.of(ValidationError("bad")) == nil, "swift-argument-parser's own: 64")
        #expect(CallboardCommand.exitCode(for: ValidationError("bad")).rawValue == ExitStatus.usage.rawValue)
        #expect(ExitStatus.refused.code == OperationRun.refused)
    }

    /// The built executable pointed at a port nobody listens on: 69, one line on standard
    /// error, nothing on standard output (before: exit 1 like any other error).
    @Test func anUnreachableDatabaseExits69() async throws {
        let run = try await CallboardBinary.run(["site", "list"], environment: [
            "CALLBOARD_DATABASE_URL": "postgres://callboard@127.0.0.1:9/callboard?sslmode=disable",
            "CALLBOARD_CONNECT_DEADLINE": "3",
        ])
        #expect(run.status == ExitStatus.unavailable.rawValue)
        #expect(run.errors.hasPrefix("Error: cannot reach the database"), "\(run.errors)")
        #expect(run.output.isEmpty)
    }
}

/// The built `callboard` executable, run as a child process.
enum CallboardBinary {
    static var url: URL {
        get throws {
            let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
                .appendingPathComponent("callboard")
            let found = FileManager.default.isExecutableFile(atPath: beside.path)
                ? beside : URL(fileURLWithPath: ".build/debug/callboard")
            try #require(FileManager.default.isExecutableFile(atPath: found.path), "build the callboard executable first")
            return found
        }
    }

    /// Runs it to the end; returns its exit status and what it printed.
    static func run(_ arguments: [String], environment: [String: String] = [:]) async throws
        -> (status: Int32, output: String, errors: String)
    {
        let run = try await ChildProcess.run(try url, arguments, environment: environment)
        return (run.status, run.output, run.errors)
    }
}
