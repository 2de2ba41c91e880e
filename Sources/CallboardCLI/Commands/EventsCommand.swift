import ArgumentParser
import EventStore
import Foundation

/// `callboard events ...`: the raw log, for operators, as JSON lines.
struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Read the event log as JSON lines.",
        subcommands: [Tail.self, Stream.self]
    )

    struct Tail: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tail",
            abstract: "Follow the whole log live (Ctrl-C to stop).",
            discussion: "Starts at the current end of the log unless --from or --from-start says otherwise."
        )

        @Option(help: "Start after this checkpoint (TRANSACTION:POSITION, as printed in each line).")
        var from: String?

        @Flag(help: "Start from the first event.")
        var fromStart = false

        @Flag(name: .customLong("no-follow"), help: "Print what is there and stop instead of following.")
        var noFollow = false

        func run() async throws {
            let start: LogCheckpoint?
            if let from {
                guard let checkpoint = LogCheckpoint(from) else {
                    throw ValidationError("--from must look like TRANSACTION:POSITION, e.g. 812:1045; got \(from)")
                }
                start = checkpoint
            } else {
                start = fromStart ? .start : nil
            }
            let follow = !noFollow
            StandardOutput.endWhenTheReaderGoes()
            try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
                var checkpoint: LogCheckpoint
                if let start { checkpoint = start } else { checkpoint = try await store.headCheckpoint() }
                guard follow else {
                    while true {
                        let events = try await store.readAll(after: checkpoint, limit: 1000)
                        guard let last = events.last else { return }
                        events.forEach { print(EventLine.json($0)) }
                        checkpoint = last.checkpoint
                    }
                }
                try await store.subscribe(from: checkpoint) { batch in
                    let lines = batch.events.map { EventLine.json($0) + "\n" }.joined()
                    StandardOutput.write(lines)
                }
            }
        }
    }

    struct Stream: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stream", abstract: "Print the events of one stream in order.")

        @Argument(help: "The stream id, e.g. site-MNL.")
        var id: String

        @Option(help: "Start at this stream version.")
        var fromVersion: Int64 = 1

        func run() async throws {
            let stream = StreamID(id)
            let start = fromVersion
            try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
                let events = try await store.readStream(stream, from: start)
                if events.isEmpty {
                    FileHandle.standardError.write(Data("stream \(stream) has no events from version \(start)\n".utf8))
                }
                events.forEach { print(EventLine.json($0)) }
            }
        }
    }
}
