import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing

@Suite("Reading batches of chosen event types")
struct ReadBatchTests {
    @Test func readsOnlyTheTypesAndMovesPastTheRest() async throws {
        try await TestDatabase.withEventStore { store, _ in
            for index in 0..<7 {
                try await store.append(to: StreamID("b-\(index % 2)"), [NewEvent(type: index % 3 == 0 ? "Kept" : "Other", payload: "{}")])
            }
            // Retried while a transaction elsewhere on the shared server holds the log back.
            var head = LogCheckpoint.start
            for _ in 0..<400 where try await store.hasPendingEvents(after: head) {
                head = try await store.headCheckpoint()
                try await Task.sleep(for: .milliseconds(50))
            }
            let (first, second, all) = try await store.client.withConnection { connection in
                let first = try await store.readBatch(after: .start, types: ["Kept"], limit: 2, on: connection)
                let second = try await store.readBatch(after: first.checkpoint, types: ["Kept"], limit: 2, on: connection)
                let all = try await store.readBatch(after: .start, types: nil, limit: 100, on: connection)
                return (first, second, all)
            }
            // Kept are events 0, 3 and 6: a full batch stops at its last event, a short one at the head.
            #expect(first.events.map(\.type) == ["Kept", "Kept"])
            #expect(first.checkpoint == first.events.last?.checkpoint)
            #expect(second.events.count == 1 && second.checkpoint == head)
            #expect(all.events.count == 7 && all.checkpoint == head)
        }
    }
}
