import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing

@Suite("Reading the log as of an instant")
struct ReadAsOfTests {
    @Test func returnsOnlyTheRequestedTypesRecordedByThen() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await store.append(to: "a-1", [NewEvent(type: "Kept", payload: "{}"), NewEvent(type: "Other", payload: "{}")])
            try await store.append(to: "a-2", [NewEvent(type: "Kept", payload: #"{"n":2}"#)])
            let earlier = try await store.readStream("a-1") + store.readStream("a-2")
            let instant = try #require(earlier.map(\.recordedAt).max())
            try await Task.sleep(for: .milliseconds(20))
            try await store.append(to: "a-1", [NewEvent(type: "Kept", payload: "{}")])

            let read = try await store.client.withConnection { connection in
                try await store.readAll(after: .start, recordedAtOrBefore: instant, types: ["Kept"], on: connection)
            }
            #expect(read.map(\.streamID) == ["a-1", "a-2"])
            #expect(read.map(\.type) == ["Kept", "Kept"])

            // Paged by checkpoint, one event at a time.
            let paged = try await store.client.withConnection { connection in
                var checkpoint = LogCheckpoint.start
                var pages: [[RecordedEvent]] = []
                while true {
                    let page = try await store.readAll(
                        after: checkpoint, recordedAtOrBefore: instant, types: ["Kept", "Other"], limit: 1, on: connection)
                    guard let last = page.last else { return pages }
                    pages.append(page)
                    checkpoint = last.checkpoint
                }
            }
            #expect(paged.map { $0.map(\.type) } == [["Kept"], ["Other"], ["Kept"]])
        }
    }
}
