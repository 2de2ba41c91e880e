import EventStore
import Foundation
import PostgresTestSupport
import Testing

@Suite("Appending to a stream")
struct AppendTests {
    @Test func newStreamStartsAtVersionOneAndVersionsHaveNoGaps() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let stream = StreamID("order-1")
            let first = try await store.append(to: stream, expecting: .noStream, EventFactory.events(2))
            let second = try await store.append(to: stream, expecting: .exactly(2), EventFactory.events(3))
            #expect(first.streamVersion == 2)
            #expect(second.streamVersion == 5)
            #expect(second.firstPosition > first.lastPosition)
            let read = try await store.readStream(stream)
            #expect(read.map(\.streamVersion) == [1, 2, 3, 4, 5])
            #expect(try await store.streamVersion(stream) == 5)
        }
    }

    @Test func wrongExpectedVersionIsATypedConflictAndWritesNothing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let stream = StreamID("order-2")
            try await store.append(to: stream, expecting: .noStream, EventFactory.events(3))
            await #expect(throws: AppendError.wrongExpectedVersion(stream: stream, expected: .exactly(1), actual: 3)) {
                try await store.append(to: stream, expecting: .exactly(1), EventFactory.events(1))
            }
            await #expect(throws: AppendError.wrongExpectedVersion(stream: stream, expected: .noStream, actual: 3)) {
                try await store.append(to: stream, expecting: .noStream, EventFactory.events(1))
            }
            #expect(try await store.readStream(stream).count == 3)
        }
    }

    @Test func streamExistsRefusesAMissingStreamAndLeavesNoTrace() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let stream = StreamID("ghost")
            await #expect(throws: AppendError.wrongExpectedVersion(stream: stream, expected: .streamExists, actual: 0)) {
                try await store.append(to: stream, expecting: .streamExists, EventFactory.events(1))
            }
            let version = try await store.streamVersion(stream)
            let log = try await store.drain()
            #expect(version == 0 && log.isEmpty)
        }
    }

    @Test func retryingAnAppendIsAnIdempotentSuccess() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let stream = StreamID("order-3")
            let events = EventFactory.events(3)
            let first = try await store.append(to: stream, expecting: .noStream, events)
            // The retry carries the original expectation, which no longer holds: still a success.
            let retry = try await store.append(to: stream, expecting: .noStream, events)
            #expect(retry.wasAlreadyStored)
            #expect(!first.wasAlreadyStored)
            #expect(retry.streamVersion == first.streamVersion)
            #expect(retry.firstPosition == first.firstPosition && retry.lastPosition == first.lastPosition)
            #expect(try await store.readStream(stream).count == 3)
        }
    }

    @Test func reusedIdsThatAreNotARetryAreRefused() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let events = EventFactory.events(2)
            try await store.append(to: "a", events)
            // Same ids into another stream.
            await #expect(throws: AppendError.self) { try await store.append(to: "b", events) }
            // Only part of the batch stored: not a retry.
            await #expect(throws: AppendError.self) {
                try await store.append(to: "a", [events[0]] + EventFactory.events(1))
            }
            // The same id twice in one append.
            let twice = EventFactory.events(1)
            await #expect(throws: AppendError.self) { try await store.append(to: "c", twice + twice) }
            #expect(try await store.drain().count == 2)
        }
    }

    @Test func concurrentAppendersWithTheSameExpectationHaveOneWinner() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let stream = StreamID("contended")
            try await store.append(to: stream, expecting: .noStream, EventFactory.events(1))
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        do {
                            try await store.append(to: stream, expecting: .exactly(1), EventFactory.events(1))
                            return true
                        } catch is AppendError {
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await store.streamVersion(stream) == 2)
        }
    }

    @Test func metadataAndPayloadRoundTrip() async throws {
        try await TestDatabase.withEventStore { store, _ in
            struct Body: Codable, Equatable { let name: String; let at: Date }
            let body = Body(name: "tab\tnew\nline \\ \"quoted\" ünïcode", at: Date(timeIntervalSince1970: 1_790_000_000))
            let metadata = EventMetadata(correlationID: "c-1", causationID: "e-0", actor: "ana", source: "test")
            let event = try NewEvent(type: "Named", schemaVersion: 2, body: body, metadata: metadata)
            try await store.append(to: "round-trip", [event])
            let read = try #require(try await store.readStream("round-trip").first)
            #expect(read.id == event.id)
            #expect(read.type == "Named" && read.schemaVersion == 2)
            #expect(read.metadata == metadata)
            #expect(try read.decodePayload(as: Body.self) == body)
        }
    }

    @Test func readsACategoryStreamByStream() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await store.append(to: "site-B", EventFactory.events(2))
            try await store.append(to: "site-A", EventFactory.events(1))
            try await store.append(to: "sitework-A", EventFactory.events(1))
            try await store.append(to: "other-A", EventFactory.events(1))
            try await store.append(to: "site-A", EventFactory.events(1))
            let category = try await store.readCategory("site")
            #expect(category.map { "\($0.streamID)@\($0.streamVersion)" } == ["site-A@1", "site-A@2", "site-B@1", "site-B@2"])
        }
    }
}
