import ArgumentParser
import CallboardProjections
import EventStore
import Foundation
import Projections

/// `callboard projections status|run|rebuild`: the read models behind the reports, for
/// operators.
struct ProjectionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projections",
        abstract: "Show, run and rebuild the read models behind the reports.",
        subcommands: [Status.self, Run.self, Rebuild.self]
    )

    /// The engine over every Callboard read model.
    static func engine(_ store: EventStore) -> ProjectionEngine {
        ProjectionEngine(store: store, projections: CallboardReadModels.all, logger: CommandLogger.make())
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Each read model's position in the log and its lag.")

        @Option(help: "table, csv or json.") var format: OutputFormat = .table

        func run() async throws {
            let statuses = try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
                try await ProjectionsCommand.engine(store).status()
            }
            let rows: [[OutputCell]] = statuses.map { status in
                [.text(status.name), .text(status.checkpoint.description), .integer(Int(status.eventsApplied)),
                 .integer(Int(status.eventsBehind)), .decimal((status.lagSeconds * 10).rounded() / 10),
                 status.rebuiltAt.map { .text(ReportCell.minute($0)) } ?? .none]
            }
            print(format.render(OutputTable(
                columns: ["projection", "position", "applied", "behind", "lag_s", "rebuilt_at"], rows: rows)))
        }
    }

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Keep every read model current until stopped (Ctrl-C).",
            discussion: """
                Safe to start on several machines: one process leads each read model, the others \
                stand by and take over when it stops. Each batch commits with its checkpoint, so \
                stopping at any moment loses or repeats nothing.
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
            abstract: "Rebuild read models from the first event and swap them in atomically.",
            discussion: "Readers see the old read model until the new one is complete. Prints the rate achieved."
        )

        @Argument(help: "Read models to rebuild (site_roster, client_accounts, queue_intervals, shift_coverage, api_tokens), or all.")
        var names: [String]

        func run() async throws {
            let names = self.names
            try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
                let engine = ProjectionsCommand.engine(store)
                let chosen = names == ["all"] ? engine.projections : try names.map { try engine.projection(named: $0) }
                let logSize = try await store.eventCount()
                var totalSeconds = 0.0
                for projection in chosen {
                    let started = ContinuousClock.now
                    let applied = try await engine.rebuild(projection)
                    let seconds = (ContinuousClock.now - started).seconds
                    totalSeconds += seconds
                    print("rebuilt \(projection.name): applied \(applied) of the log's events in \(Self.rate(logSize, seconds))")
                }
                if chosen.count > 1 { print("rebuilt \(chosen.count) read models in \(Self.rate(logSize, totalSeconds))") }
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
