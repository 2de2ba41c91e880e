import CallboardDomain
import EventStore

/// Reads the streams a decision or an import needs, each once and never per row: up to a
/// few hundred streams stream by stream, several reads at a time; more in statements of
/// ``streamsPerRead`` streams each. Never the whole category for some of its streams: an
/// import of one site's agent figures touches thousands of the category's streams, and a
/// category read made every such import read every site's figures (410,000 events in the
/// full demo world), which a loaded server could not do within one statement's deadline.
struct StreamLoader<Rules: StreamCategory>: Sendable {
    let store: EventLog

    /// Above this many streams, reading them many to a statement beats reading one by one.
    static var manyStreams: Int { 256 }
    /// Streams read in one statement when there are many.
    static var streamsPerRead: Int { 2_000 }
    /// Stream reads in flight at once.
    static var parallelReads: Int { 8 }

    /// The streams `ids`, each with its version and folded state (empty ones included).
    func load(_ ids: Set<CallboardDomain.StreamID>) async throws -> [CallboardDomain.StreamID: LoadedStream<Rules>] {
        let found = ids.count > Self.manyStreams ? try await loadMany(ids) : try await loadEach(ids)
        var streams = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in ids where streams[id] == nil {
            streams[id] = LoadedStream(id: id, versionRead: 0, stored: [])
        }
        return streams
    }

    /// The streams `ids` read one by one, `parallelReads` at a time.
    private func loadEach(_ ids: Set<CallboardDomain.StreamID>) async throws -> [LoadedStream<Rules>] {
        try await withThrowingTaskGroup(of: LoadedStream<Rules>.self) { group in
            var waiting = ids.makeIterator()
            for _ in 0..<Self.parallelReads {
                guard let id = waiting.next() else { break }
                group.addTask { try await stream(id) }
            }
            var loaded: [LoadedStream<Rules>] = []
            while let next = try await group.next() {
                loaded.append(next)
                if let id = waiting.next() { group.addTask { try await stream(id) } }
            }
            return loaded
        }
    }

    /// The streams `ids` that have events, ``streamsPerRead`` to a statement.
    private func loadMany(_ ids: Set<CallboardDomain.StreamID>) async throws -> [LoadedStream<Rules>] {
        let sorted = ids.map(\.stored).sorted()
        var loaded: [LoadedStream<Rules>] = []
        for start in stride(from: 0, to: sorted.count, by: Self.streamsPerRead) {
            let chunk = Array(sorted[start..<min(start + Self.streamsPerRead, sorted.count)])
            loaded += try Self.streams(of: try await store.readEachStream(chunk))
        }
        return loaded
    }

    /// Every stream of the category that has events.
    func loadCategory() async throws -> [LoadedStream<Rules>] {
        try Self.streams(of: try await store.readCategory(Rules.category))
    }

    /// The streams of `recorded` (events stream by stream, each in version order).
    private static func streams(of recorded: [RecordedEvent]) throws -> [LoadedStream<Rules>] {
        var streams: [LoadedStream<Rules>] = []
        var start = recorded.startIndex
        while start < recorded.endIndex {
            let stream = recorded[start].streamID
            let end = recorded[start...].firstIndex { $0.streamID != stream } ?? recorded.endIndex
            streams.append(try loaded(CallboardDomain.StreamID(rawValue: stream.rawValue), recorded[start..<end]))
            start = end
        }
        return streams
    }

    /// One stream, empty or not.
    func stream(_ id: CallboardDomain.StreamID) async throws -> LoadedStream<Rules> {
        try Self.loaded(id, try await store.readStream(id.stored)[...])
    }

    private static func loaded(_ id: CallboardDomain.StreamID, _ recorded: ArraySlice<RecordedEvent>) throws -> LoadedStream<Rules> {
        let events = try recorded.map { event throws(EventCodingError) in try event.domainEvent(as: Rules.Event.self) }
        return LoadedStream(id: id, versionRead: recorded.last?.streamVersion ?? 0, stored: events)
    }
}

extension StreamLoader {
    /// The current state of one stream; nil when it has no events.
    func state(of id: CallboardDomain.StreamID) async throws -> Rules.State? {
        try await stream(id).state
    }
}
