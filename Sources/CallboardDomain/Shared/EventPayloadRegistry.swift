import Foundation

/// The list of payload types one event enum is made of, keyed by their stored type name.
/// It is what turns `(type, schemaVersion, payload)` from the event store back into an event.
public struct EventPayloadRegistry<Event: Sendable>: Sendable {
    /// How to rebuild an event from one payload type.
    public struct Entry: Sendable {
        let eventType: String
        let schemaVersion: Int
        let fromJSON: @Sendable (Data) throws -> Event
        let fromDecoder: @Sendable (any Decoder) throws -> Event

        /// Registers payload type `P`, wrapped into the event by `wrap` (usually the enum case).
        public init<P: EventPayload>(_ type: P.Type, _ wrap: @escaping @Sendable (P) -> Event) {
            eventType = P.eventType
            schemaVersion = P.schemaVersion
            fromJSON = { wrap(try EventJSON.makeDecoder().decode(P.self, from: $0)) }
            fromDecoder = { wrap(try P(from: $0)) }
        }
    }

    /// The stream kind, used in messages: "site", "agent"...
    public let streamKind: String
    private let entries: [String: Entry]

    public init(streamKind: String, _ entries: [Entry]) {
        self.streamKind = streamKind
        self.entries = Dictionary(uniqueKeysWithValues: entries.map { ($0.eventType, $0) })
    }

    /// All type names of this stream kind.
    public var eventTypes: [String] { entries.keys.sorted() }

    func decode(type: String, schemaVersion: Int, payload: Data) throws(EventCodingError) -> Event {
        let entry = try entry(type, schemaVersion)
        do { return try entry.fromJSON(payload) } catch {
            throw .malformedPayload(eventType: type, reason: "\(error)")
        }
    }

    func decode(type: String, schemaVersion: Int, from decoder: any Decoder) throws -> Event {
        try entry(type, schemaVersion).fromDecoder(decoder)
    }

    private func entry(_ type: String, _ schemaVersion: Int) throws(EventCodingError) -> Entry {
        guard let entry = entries[type] else { throw .unknownEventType(type, streamKind: streamKind) }
        guard schemaVersion <= entry.schemaVersion else {
            throw .unsupportedSchemaVersion(eventType: type, stored: schemaVersion, supported: entry.schemaVersion)
        }
        return entry
    }
}
