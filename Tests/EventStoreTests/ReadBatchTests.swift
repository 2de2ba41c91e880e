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
            let head = try await store.settledHead()
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

    /// A catch-up given the head an earlier look found reads up to it even when the read
    /// horizon is below it now: the horizon is conservative and can step back for a moment
    /// (schema/0032). Here a transaction of this database that writes nothing holds it back,
    /// so the events after it are final although the horizon cannot know.
    @Test func aBatchReadsThroughTheFloorItIsGivenWhenTheHorizonIsBelowIt() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let logger = TestDatabase.logger
            try await store.append(to: StreamID("floor-a"), [NewEvent(type: "Kept", payload: "{}")])
            let first = try await store.settledHead()
            try await store.client.withConnection { holder in
                try await holder.query("BEGIN", logger: logger)
                try await holder.query("SELECT pg_current_xact_id()", logger: logger)
                try await store.append(to: StreamID("floor-b"), [NewEvent(type: "Kept", payload: "{}"), NewEvent(type: "Kept", payload: "{}")])
                let last = try await store.client.withConnection { connection in
                    let rows = try await connection.query(
                        "SELECT transaction_id::text, position FROM events ORDER BY transaction_id DESC, position DESC LIMIT 1",
                        logger: logger)
                    var last = LogCheckpoint.start
                    for try await (transaction, position) in rows.decode((String, Int64).self) {
                        last = LogCheckpoint(transactionText: transaction, position: position)
                    }
                    return last
                }
                let (held, floored) = try await store.client.withConnection { connection in
                    (try await store.readBatch(after: .start, types: nil, limit: 100, on: connection),
                     try await store.readBatch(after: .start, types: nil, limit: 100, floor: last, on: connection))
                }
                try await holder.query("ROLLBACK", logger: logger)
                // Without the floor the batch stops below the held-back events (at the first, or
                // lower for a moment if the horizon steps back).
                #expect(held.checkpoint <= first && held.checkpoint < last)
                #expect(floored.events.map(\.streamID) == [StreamID("floor-a"), StreamID("floor-b"), StreamID("floor-b")])
                #expect(floored.checkpoint == last)
            }
        }
    }
}
