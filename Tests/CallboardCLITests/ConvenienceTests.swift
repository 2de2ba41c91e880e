import ArgumentParser
import CallboardDomain
import CallboardProjections
import Foundation
import PostgresTestSupport
import Testing
@testable import CallboardCLI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue 14, item 5: `--version`, report periods that default to the current one on the right
/// clock, and output that ends quietly when its reader goes away.
@Suite struct ConvenienceTests {
    @Test func versionIsPrintedByTheFlagAndTheCommand() throws {
        do {
            _ = try CallboardCommand.parseAsRoot(["--version"])
            Issue.record("--version should end parsing with the version")
        } catch {
            #expect(CallboardCommand.message(for: error) == CallboardVersion.full)
            #expect(CallboardVersion.full.hasPrefix(CallboardVersion.number))
            #expect(CallboardCommand.exitCode(for: error) == .success)
        }
        #expect(try CallboardCommand.parseAsRoot(["version"]) is VersionCommand)
        #expect(CallboardVersion.number.split(separator: ".").count == 3)
        #expect(CallboardVersion.described(commit: "") == CallboardVersion.number)
        #expect(CallboardVersion.described(commit: "f939da6abc12") == CallboardVersion.number + " (f939da6abc12)")
    }

    /// Built from a git checkout (as here), the executable names its commit.
    @Test func theBuiltExecutableNamesItsCommit() async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        try #require(FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path))
        let run = try await CallboardBinary.run(["--version"])
        #expect(run.status == 0)
        #expect(run.output.wholeMatch(of: /0\.\d+\.\d+ \([0-9a-f]{12}\)\n/) != nil, "\(run.output)")
    }

    /// README documents installing these: each names the commands and a report's flags.
    @Test func completionScriptsCoverTheCommands() {
        for shell in [CompletionShell.bash, .zsh, .fish] {
            let script = CallboardCommand.completionScript(for: shell)
            #expect(script.contains("report") && script.contains("staffing") && script.contains("week"), "\(shell)")
        }
    }

    @Test func periodsAreOptionalAndStillValidated() throws {
        #expect(try StaffingReportCommand.parse(["--site", "MNL"]).week == nil)
        #expect(try SLAReportCommand.parse(["--account", "tabula"]).month == nil)
        #expect(try CoverageReportCommand.parse(["--account", "tabula"]).date == nil)
        #expect(try AwardsReportCommand.parse(["--site", "MNL"]).month == nil)
        #expect(try StaffingReportCommand.parse(["--site", "MNL", "--week", "2026-W48"]).week?.description == "2026-W48")
        #expect(throws: (any Error).self) { try StaffingReportCommand.parse(["--site", "MNL", "--week", "2026-W54"]) }
        #expect(throws: (any Error).self) { try SLAReportCommand.parse(["--account", "tabula", "--month", "9999-12"]) }
        #expect(throws: (any Error).self) { try CoverageReportCommand.parse(["--account", "tabula", "--date", "9999-12-31"]) }
        #expect(throws: (any Error).self) { try AwardsReportCommand.parse(["--site", "MNL", "--month", "0001-13"]) }
    }

    /// Issue 14, item 6: a retirement stops gating when it is recorded, so a day to come is
    /// refused rather than recorded as a promise the gating would not keep.
    @Test func aProgramIsRetiredTodayOrEarlierNeverOnADayToCome() throws {
        let today = ReportScope.today(on: nil, at: Date())
        #expect(try ProgramCLICommand.Retire.parse(["--program", "tabula-core", "--on", today.description]).on == today)
        #expect(try ProgramCLICommand.Retire.parse(["--program", "tabula-core", "--on", "2026-01-05"]).on?.description == "2026-01-05")
        #expect(try ProgramCLICommand.Retire.parse(["--program", "tabula-core"]).on == nil)
        do {
            _ = try ProgramCLICommand.Retire.parse(["--program", "tabula-core", "--on", today.adding(days: 1).description])
            Issue.record("a retirement tomorrow should be refused")
        } catch {
            #expect(ProgramCLICommand.Retire.message(for: error).contains("after today"))
        }
    }

    @Test func todayIsReadOnTheGivenClock() throws {
        let instant = try #require(ISO8601DateFormatter().date(from: "2026-11-30T17:00:00Z"))
        #expect(ReportScope.today(on: "Asia/Manila", at: instant).description == "2026-12-01")
        #expect(ReportScope.today(on: "America/New_York", at: instant).description == "2026-11-30")
        #expect(ReportScope.today(on: nil, at: instant).description == "2026-11-30")
    }

    @Test func theWeekAndMonthOfADay() {
        #expect(ISOWeek(containing: "2026-12-07").description == "2026-W50")
        #expect(ISOWeek(containing: "2026-11-29").description == "2026-W48")
        #expect(ISOWeek(containing: "2021-01-03").description == "2020-W53")
        #expect(ISOWeek(containing: "2024-12-30").description == "2025-W01")
        #expect(LocalMonth(containing: "2026-12-07").description == "2026-12")
    }
}

/// The built `callboard` with its standard output on a pipe whose reader has already gone:
/// it must end quietly with exit 0, not die of SIGPIPE (as it did before) or report an error.
/// The child is started with SIGPIPE at its default, as from a shell; serialized because the
/// signal's disposition is the whole test process's.
@Suite(.serialized) struct ClosedPipeTests {
    @Test func aWriteToAPipeNobodyReadsIsReportedAsTheReaderGone() throws {
        StandardOutput.ignoreBrokenPipeSignal()
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[1]) }
        let writer = OutputPipe(descriptor: ends[1])
        try writer.write("first line\n")
        close(ends[0])
        #expect(throws: OutputPipe.Failure.readerGone) { try writer.write(String(repeating: "x", count: 100_000)) }
    }

    @Test func theExecutableEndsQuietlyWhenItsReaderIsGone() async throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("callboard")
        let found = FileManager.default.isExecutableFile(atPath: binary.path)
            ? binary : URL(fileURLWithPath: ".build/debug/callboard")
        try #require(FileManager.default.isExecutableFile(atPath: found.path), "build the callboard executable first")
        let process = Process()
        process.executableURL = found
        process.arguments = ["staffing", "erlang", "--contacts", "100", "--interval", "30m", "--aht", "180s", "--target", "80/20"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try output.fileHandleForReading.close()
        signal(SIGPIPE, SIG_DFL)
        defer { StandardOutput.ignoreBrokenPipeSignal() }
        try process.run()
        await ChildProcess.exit(of: process)
        let complaint = String(decoding: await ChildProcess.readToEnd(errors.fileHandleForReading), as: UTF8.self)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(complaint.isEmpty)
    }
}

/// An idle `events tail` (nothing to write) ends as soon as its reader goes, not at the next
/// event minutes later: a thread watches standard output for the pipe's reader going away.
@Suite struct IdleFollowPipeTests {
    @Test func anIdleTailEndsWhenItsReaderGoes() async throws {
        try await TestDatabase.withFresh { database in
            let process = Process()
            process.executableURL = try CallboardBinary.url
            process.arguments = ["events", "tail"]
            process.environment = ProcessInfo.processInfo.environment.merging(
                ["CALLBOARD_DATABASE_URL": database.applicationURL.urlString]) { $1 }
            let output = Pipe(), errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            // Let it connect and start following an empty log, then go away as `head` does.
            try await Task.sleep(for: .seconds(2))
            #expect(process.isRunning, "a tail follows until its reader goes")
            try output.fileHandleForReading.close()
            let ended = ContinuousClock.now + .seconds(60)
            while process.isRunning, ContinuousClock.now < ended { try await Task.sleep(for: .milliseconds(50)) }
            if process.isRunning { process.terminate() }
            #expect(process.terminationReason == .exit && process.terminationStatus == 0,
                    "still following a pipe nobody reads (before: until the next event)")
            let complaint = String(decoding: await ChildProcess.readToEnd(errors.fileHandleForReading), as: UTF8.self)
            #expect(complaint.isEmpty)
        }
    }
}

/// `report intraday`: the day defaults like the other reports', a watch follows the live day.
@Suite struct IntradayCommandTests {
    @Test func theDayDefaultsToTodayOnTheMarketClockOrAtAsOf() throws {
        let evening = try #require(ISO8601DateFormatter().date(from: "2026-11-30T23:30:00Z"))
        let plain = try IntradayReportCommand.parse(["--account", "tabula"])
        #expect(plain.date == nil && !plain.watch && plain.every == 60)
        #expect(plain.day(clock: "America/New_York", now: evening).description == "2026-11-30")
        #expect(plain.day(clock: "Asia/Manila", now: evening).description == "2026-12-01")
        let asOf = try IntradayReportCommand.parse(["--account", "tabula", "--as-of", "2026-11-23T09:00:00+08:00"])
        #expect(asOf.day(clock: "America/New_York", now: evening).description == "2026-11-22")
        let zone = try IntradayReportCommand.parse(["--account", "tabula", "--tz", "Asia/Manila", "--as-of", "2026-11-23T01:00:00Z"])
        #expect(zone.day(clock: "America/New_York", now: evening).description == "2026-11-23")
        let given = try IntradayReportCommand.parse(["--account", "tabula", "--date", "2026-11-27"])
        #expect(given.day(clock: "Asia/Manila", now: evening).description == "2026-11-27")
    }

    @Test func aWatchIsLiveAndRefreshesWithinBounds() throws {
        #expect(try IntradayReportCommand.parse(["--account", "tabula", "--watch", "--every", "5"]).every == 5)
        #expect(throws: (any Error).self) { try IntradayReportCommand.parse(["--account", "tabula", "--watch", "--every", "4"]) }
        #expect(throws: (any Error).self) { try IntradayReportCommand.parse(["--account", "tabula", "--every", "3601"]) }
        #expect(throws: (any Error).self) {
            try IntradayReportCommand.parse(["--account", "tabula", "--watch", "--as-of", "2026-11-23T09:00:00Z"])
        }
    }
}

/// A write command refused for an id that names nothing gets the same "did you mean" as a
/// report: the ids are found in the refusal itself.
@Suite struct RefusalHintTests {
    @Test func theIdsOfARefusalAreFound() {
        #expect(RefusalHint.ids(in: AgentRejection.notHired("MNL-1001")) == [.agent("MNL-1001")])
        #expect(RefusalHint.ids(in: ClientAccountRejection.notSigned("TABULA")) == [.account("TABULA")])
        #expect(RefusalHint.ids(in: ShiftRejection.unknownQueues(["tabula-voice-en-uk", "x"])) == [.queue("tabula-voice-en-uk"), .queue("x")])
        #expect(RefusalHint.ids(in: ValidationProblemWithoutIDs()).isEmpty)
    }

    private struct ValidationProblemWithoutIDs: Error { let reason = "none" }
}
