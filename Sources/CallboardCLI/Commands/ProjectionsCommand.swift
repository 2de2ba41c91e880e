import CallboardReports
import ArgumentParser
import CallboardOperations
import CallboardProjections
import EventStore
import Foundation
import Projections

/// `callboard projections status|run|rebuild|retry-quarantined`: the read models behind the
/// reports, for operators.
struct ProjectionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projections",
        abstract: "Show, run and rebuild the read models behind the reports.",
        subcommands: [Status.self, Run.self, Rebuild.self, RetryQuarantined.self]
    )

    /// The engine over every Callboard read model.
    static func engine(_ store: EventLog) -> ProjectionEngine {
        ProjectionEngine(store: store, projections: CallboardReadModels.all, logger: CommandLogger.make())
    }

    /// The read model called `name`; an unknown name throws `UnknownID` (exit 65) with the
    /// nearest known one.
    static func readModel(named name: String, among projections: [any Projection]) throws -> any Projection {
        guard let projection = projections.first(where: { $0.name == name }) else {
            throw UnknownID(kind: "read model", id: name, among: projections.map(\.name))
        }
        return projection
    }

    /// Installs and catches up `engine`'s read models (every one by default) before a report
    /// or a job reads them, showing the progress of a long catch-up on standard error
    /// (`ReadModelProgress`); returns the engine. One query finds what is needed
    /// (``ProjectionEngine/freshness()``): when every read model is installed and at the
    /// readable head, that query is all it costs. Events committed but held back behind a
    /// running transaction are waited for up to ``heldBackWait``, then named on standard error.
    @discardableResult
    static func catchUp(_ store: EventLog, engine: ProjectionEngine? = nil) async throws -> ProjectionEngine {
        var engine = engine ?? Self.engine(store)
        var freshness = try await engine.freshness()
        guard !freshness.isCurrent || freshness.heldBack else { return engine }
        let progress = ReadModelProgress(head: freshness.head.position)
        engine.progress = progress.listener
        defer { progress.finish() }
        try await engine.catchUpWhatIsBehind(freshness)
        // Events committed before the report started but held back behind a transaction still
        // running elsewhere: wait for it a little (an import finishing), then say what is missing.
        let deadline = ContinuousClock.now + (try heldBackWait())
        while freshness.heldBack, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
            freshness = try await engine.freshness()
            try await engine.catchUpWhatIsBehind(freshness)
        }
        if freshness.heldBack, let note = ProjectionNotes.hold(try await store.logHold()).first {
            FileHandle.standardError.write(Data("note: not in this report yet: \(note)\n".utf8))
        }
        return engine
    }

    /// How long a report waits for committed events held back behind a running transaction:
    /// `CALLBOARD_HELD_BACK_WAIT` seconds (0 to 300), 5 by default.
    static func heldBackWait(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Duration {
        guard let text = environment["CALLBOARD_HELD_BACK_WAIT"], !text.isEmpty else { return .seconds(5) }
        guard let seconds = Double(text), seconds.isFinite, seconds >= 0, seconds <= 300 else {
            throw ValidationError("CALLBOARD_HELD_BACK_WAIT must be a number of seconds from 0 to 300, but was \(text)")
        }
        return .milliseconds(Int64(seconds * 1000))
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Each read model's position in the log, its lag and its quarantined events.",
            discussion: """
                Below the table (on standard error for csv and json): the first events each read \
                model quarantined, with the reason, and the transaction holding the log back when \
                committed events wait behind one.
                """
        )

        @Option(help: "table, csv or json.") var format: OutputFormat = .table

        func run() async throws {
            let (statuses, hold) = try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
                (try await ProjectionsCommand.engine(store).status(), try await store.logHold())
            }
            let rows: [[Cell]] = statuses.map { status in
                [.text(status.name), .text(status.checkpoint.description), .integer(Int(status.eventsApplied)),
                 .integer(Int(status.eventsBehind)), .decimal((status.lagSeconds * 10).rounded() / 10),
                 .integer(Int(status.quarantined)),
                 status.rebuiltAt.map { ReportCell.minute($0) } ?? .null]
            }
            print(format.document(OutputTable(
                columns: ["projection", "position", "applied", "behind", "lag_s", "quarantined", "rebuilt_at"], rows: rows)), terminator: "")
            let notes = ProjectionNotes.quarantine(statuses) + ProjectionNotes.hold(hold)
            guard !notes.isEmpty else { return }
            if format == .table {
                print("\n" + notes.joined(separator: "\n"))
            } else {
                FileHandle.standardError.write(Data((notes.joined(separator: "\n") + "\n").utf8))
            }
        }
    }

    struct RetryQuarantined: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retry-quarantined",
            abstract: "Try the quarantined events again, in their place in the log.",
            discussion: """
                Rebuilds each read model that has quarantined events (all of them, or --projection) \
                and swaps it in: an event that now applies is applied where it belongs and leaves \
                the quarantine; one that still fails stays, its attempts counted. A leader does the \
                same by itself when it starts with a build other than the one that quarantined them.
                """
        )

        @Option(help: "Only this read model.") var projection: String?

        func run() async throws {
            let name = projection
            try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
                let engine = ProjectionsCommand.engine(store)
                let chosen = try name.map { [try ProjectionsCommand.readModel(named: $0, among: engine.projections)] } ?? engine.projections
                for projection in chosen {
                    let (before, after) = try await engine.retryQuarantined(projection)
                    guard before > 0 else { continue }
                    print("\(projection.name): \(before - after) of \(before) quarantined events now applied, \(after) still quarantined")
                }
                let left = try await engine.quarantined().count
                if left == 0 { print("nothing quarantined") }
            }
        }
    }

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Keep every read model current until stopped (Ctrl-C).",
            discussion: """
                Safe to start on several machines: one process leads each read model, the others \
                stand by and take over when it stops. Each batch commits with its checkpoint, so \
                stopping at any moment loses or repeats nothing. Holds two sessions on \
                CALLBOARD_DIRECT_DATABASE_URL (one LISTEN, one for every leader lock), whatever the \
                number of read models; the batches go through CALLBOARD_DATABASE_URL, which may be \
                PgBouncer in transaction mode.
                """
        )

        func run() async throws {
            try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
                try await ProjectionsCommand.engine(store).run()
            }
        }
    }

    struct Rebuild: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rebuild",
            abstract: "Rebuild read models from the first event and swap them in atomically.",
            discussion: "Readers see the old read model until the new one is complete. Prints the rate achieved."
        )

        @Argument(help: ArgumentHelp(Rebuild.namesHelp))
        var names: [String]

        /// The argument's help, naming every read model of the registry (`CallboardReadModels`).
        static var namesHelp: String {
            "Read models to rebuild (\(CallboardReadModels.all.map(\.name).joined(separator: ", "))), or all."
        }

        @Option(help: "How many read models to rebuild at once, each on its own connections.")
        var jobs: Int = 4

        func validate() throws {
            guard (1...16).contains(jobs) else { throw ValidationError("--jobs must be from 1 to 16; got \(jobs)") }
        }

        func run() async throws {
            let (names, jobs) = (self.names, self.jobs)
            try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
                var engine = ProjectionsCommand.engine(store)
                let chosen = names == ["all"] ? engine.projections : try names.map { try ProjectionsCommand.readModel(named: $0, among: engine.projections) }
                let logSize = try await store.eventCount()
                let progress = ReadModelProgress(head: try await store.headCheckpoint().position)
                engine.progress = progress.listener
                let started = ContinuousClock.now
                let rebuilt = try await engine.rebuildAll(chosen, concurrency: jobs)
                let seconds = (ContinuousClock.now - started).seconds
                progress.finish(summary: false)
                for model in rebuilt {
                    print("rebuilt \(model.projection): applied \(model.applied) of the log's events in \(Self.rate(logSize, model.duration.seconds))")
                }
                if chosen.count > 1 { print("rebuilt \(chosen.count) read models (\(jobs) at a time) in \(Self.rate(logSize, seconds))") }
            }
        }

        /// `12.34 s (1662748 events in the log: 21234 events/s)`: the log's size over the time taken.
        static func rate(_ events: Int64, _ seconds: Double) -> String {
            let rate = seconds > 0 ? Int(Double(events) / seconds) : 0
            return "\(String(format: "%.2f", seconds)) s (\(events) events in the log: \(rate) events/s)"
        }
    }
}

extension Duration {
    /// The duration in seconds, as a number.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
