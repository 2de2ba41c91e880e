import EventStore
import Foundation
import PostgresTestSupport
import Testing

@Suite("Bulk appends through COPY")
struct BulkAppendTests {
    static func appends(streams: Int, eventsPerStream: Int) -> [StreamAppend] {
        (0..<streams).map { stream in
            StreamAppend(stream: StreamID("bulk-\(stream)"), events: EventFactory.events(eventsPerStream))
        }
    }

    @Test func writesEveryEventWithGapFreeVersions() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let appends = Self.appends(streams: 40, eventsPerStream: 250)
            let result = try await store.appendBulk(appends)
            #expect(result.appended == 10_000 && result.alreadyStored == 0 && result.streamsTouched == 40)
            let stream = try await store.readStream("bulk-7")
            #expect(stream.map(\.streamVersion) == Array(1...250))
            #expect(stream.map(\.id) == appends[7].events.map(\.id))
            #expect(try await store.streamVersion("bulk-7") == 250)
            // Appends after a bulk append continue the versions.
            let next = try await store.append(to: "bulk-7", expecting: .exactly(250), EventFactory.events(1))
            #expect(next.streamVersion == 251)
        }
    }

    @Test func repeatingOrOverlappingAnImportWritesNothingTwice() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let appends = Self.appends(streams: 5, eventsPerStream: 20)
            try await store.appendBulk(appends)
            let again = try await store.appendBulk(appends)
            #expect(again.appended == 0 && again.alreadyStored == 100 && again.positions == nil)

            var overlapping = appends[0]
            overlapping.events = Array(overlapping.events.suffix(5)) + EventFactory.events(3)
            let overlap = try await store.appendBulk([overlapping])
            #expect(overlap.appended == 3 && overlap.alreadyStored == 5)
            #expect(try await store.readStream(appends[0].stream).map(\.streamVersion) == Array(1...23))
        }
    }

    @Test func aFailedExpectationWritesNothingAtAll() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await store.append(to: "bulk-3", EventFactory.events(1))
            var appends = Self.appends(streams: 5, eventsPerStream: 10)
            appends[3].expected = .noStream
            await #expect(throws: AppendError.wrongExpectedVersion(stream: "bulk-3", expected: .noStream, actual: 1)) {
                try await store.appendBulk(appends)
            }
            #expect(try await store.drain().count == 1)
            #expect(try await store.streamVersion("bulk-0") == 0)
        }
    }

    @Test func anIdStoredInAnotherStreamIsRefused() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let event = EventFactory.events(1)
            try await store.append(to: "elsewhere", event)
            await #expect(throws: AppendError.self) {
                try await store.appendBulk([StreamAppend(stream: "here", events: event + EventFactory.events(2))])
            }
            #expect(try await store.drain().count == 1)
        }
    }

    @Test func copyEscapingKeepsPayloadsExact() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let tricky = #"{"text":"tab\there\nnew line\r\\ back\\slash \\N \"q\" ü"}"#
            let event = NewEvent(type: "Tricky", payload: tricky, metadata: EventMetadata(actor: "a\tb\\c"))
            try await store.appendBulk([StreamAppend(stream: "escapes", events: [event])])
            let read = try #require(try await store.readStream("escapes").first)
            struct Body: Decodable, Equatable { let text: String }
            #expect(try read.decodePayload(as: Body.self) == Body(text: "tab\there\nnew line\r\\ back\\slash \\N \"q\" ü"))
            #expect(read.metadata.actor == "a\tb\\c")
        }
    }
}
