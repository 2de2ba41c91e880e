import CallboardOperations
import CallboardProjections
import Foundation
import Projections
import Testing
@testable import CallboardCLI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Long catch-ups and rebuilds show progress on standard error (issue 14, item 5): a
/// rewritten line on a terminal, one summary line otherwise, nothing when nothing was applied;
/// and `projections rebuild --help` names every read model of the registry.
@Suite struct ReadModelProgressTests {
    @Test func onATerminalTheLineIsRewrittenAndEndsWithTheSummary() throws {
        let written = try Self.written(isTerminal: true) { progress in
            progress.record(ProjectionProgress(projection: "queue_intervals", phase: .catchUp, applied: 1000, position: 500))
            progress.finish()
        }
        #expect(written.hasPrefix("\r\u{1B}[Kcatching up queue_intervals: 1000 events applied, log position 500 of 2000 (25%)"))
        #expect(written.contains("\r\u{1B}[Kcaught up 1 read model: 1000 events applied in "))
        #expect(written.hasSuffix(" s\n"))
    }

    @Test func elsewhereOnlyTheSummaryIsPrinted() throws {
        let written = try Self.written(isTerminal: false) { progress in
            progress.record(ProjectionProgress(projection: "site_roster", phase: .catchUp, applied: 10, position: 10))
            progress.record(ProjectionProgress(projection: "queue_intervals", phase: .catchUp, applied: 1000, position: 1500))
            progress.record(ProjectionProgress(projection: "queue_intervals", phase: .catchUp, applied: 1800, position: 2000))
            progress.finish()
        }
        #expect(written.hasPrefix("caught up 2 read models: 1810 events applied in "))
        #expect(!written.contains("\r") && written.split(separator: "\n").count == 1)
    }

    @Test func nothingAppliedPrintsNothing() throws {
        #expect(try Self.written(isTerminal: false) { $0.finish() }.isEmpty)
        #expect(try Self.written(isTerminal: true) { $0.finish() }.isEmpty)
    }

    @Test func aRebuildLineSaysRebuilding() {
        let line = ReadModelProgress.line(
            ProjectionProgress(projection: "shift_coverage", phase: .rebuild, applied: 7, position: 3000), head: 2000)
        #expect(line == "rebuilding shift_coverage: 7 events applied, log position 3000 of 2000 (100%)")
    }

    /// Before: the help named 5 of the read models, by hand.
    @Test func rebuildHelpNamesEveryReadModel() {
        let help = ProjectionsCommand.Rebuild.helpMessage(columns: 2000)
        #expect(CallboardReadModels.all.count >= 10)
        for model in CallboardReadModels.all {
            #expect(help.contains(model.name), "\(model.name) missing from projections rebuild --help")
        }
    }

    /// `projections rebuild queue_interval`: before, exit 1 and the whole list; now 65 and the nearest.
    @Test func anUnknownReadModelNamesTheNearest() throws {
        let all = CallboardReadModels.all
        #expect(try ProjectionsCommand.readModel(named: "queue_intervals", among: all).name == "queue_intervals")
        do {
            _ = try ProjectionsCommand.readModel(named: "queue_interval", among: all)
            Issue.record("queue_interval is not a read model")
        } catch let unknown as UnknownID {
            #expect(unknown.description == "no read model queue_interval; did you mean queue_intervals?")
            #expect(ExitStatus.of(unknown) == .refused)
        }
    }

    /// What a `ReadModelProgress` (log head 2000) writes to a pipe while `body` runs.
    static func written(isTerminal: Bool, _ body: (ReadModelProgress) -> Void) throws -> String {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let reader = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true)
        body(ReadModelProgress(head: 2000, output: OutputPipe(descriptor: ends[1]), isTerminal: isTerminal))
        close(ends[1])
        return String(decoding: reader.readDataToEndOfFile(), as: UTF8.self)
    }
}
