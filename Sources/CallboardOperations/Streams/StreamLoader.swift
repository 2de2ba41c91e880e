import CallboardDomain
import EventStore

/// Reads the streams a decision or an import needs, each once and never per row: up to a
/// few hundred streams stream by stream, several reads at a time; more, or all of them, in
/// one read of their category.
struct StreamLoader<Rules: StreamCategory>: Sendable {
    let store: EventLog

    /// Above this many streams one category read beats reading stream by stream.
    static var categoryReadThreshold: Int { 256 }
    /// Stream reads in flight at once.
    static var parallelReads: Int { 8 }

    /// The streams `ids`, each with its version and folded state (empty ones included).
    func load(_ ids: Set<CallboardDomain.StreamID>) async throws -> [CallboardDomain.StreamID: LoadedStream<Rules>] {
        let found = ids.count > Self.categoryReadThreshold
            ? try await loadCategory().filter { ids.contains($0.id) }
            : try await loadEach(ids)
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

    /// Every stream of the category that has events.
    func loadCategory() async throws -> [LoadedStream<Rules>] {
        let recorded = try await store.readCategory(Rules.category)
        var streams: [LoadedStream<Rules>] = []
        var start = recorded.startIndex
        while start < recorded.endIndex {
            let stream = recorded[start].streamID
            let end = recorded[start...].firstIndex { $0.streamID != stream } ?? recorded.endIndex
            streams.append(try Self.loaded(CallboardDomain.StreamID(rawValue: stream.rawValue), recorded[start..<end]))
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
