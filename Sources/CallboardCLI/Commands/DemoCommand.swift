import ArgumentParser
import EventStore
import Foundation

/// `callboard demo`: shows the event store at work on a sample stream.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Append a sample stream to the log, read it back and show what happened."
    )

    func run() async throws {
        try await DatabaseTarget.resolve().withEventStore(logger: CommandLogger.make()) { store in
            let stream = StreamID("demo-\(Int(Date().timeIntervalSince1970))")
            let metadata = EventMetadata(correlationID: UUID().uuidString, actor: "callboard demo", source: "demo")
            let events = [
                NewEvent(type: "DemoStarted", payload: #"{"note":"a first event"}"#, metadata: metadata),
                NewEvent(type: "DemoStepped", payload: #"{"step":1}"#, metadata: metadata),
                NewEvent(type: "DemoStepped", payload: #"{"step":2}"#, metadata: metadata),
            ]
            let first = try await store.append(to: stream, expecting: .noStream, events)
            print("appended \(events.count) events to \(stream): versions 1...\(first.streamVersion), positions \(first.firstPosition)...\(first.lastPosition)")

            let retry = try await store.append(to: stream, expecting: .noStream, events)
            print("retried the same append: already stored = \(retry.wasAlreadyStored), nothing written twice")

            do {
                try await store.append(to: stream, expecting: .exactly(1), [NewEvent(type: "DemoStepped", payload: #"{"step":3}"#)])
            } catch let conflict as AppendError {
                print("a stale writer is refused: \(conflict)")
            }

            print("reading \(stream) back:")
            for event in try await store.readStream(stream) {
                print("  v\(event.streamVersion) \(event.type) \(event.payload)")
            }
            print("the log now ends at checkpoint \(try await store.headCheckpoint())")
        }
    }
}
