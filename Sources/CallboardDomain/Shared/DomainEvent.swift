import Foundation

/// An event enum of one stream kind (`SiteEvent`, `ShiftEvent`...), and how it travels to and
/// from the generic event store, which keeps per event a type name, a schema version, a JSON
/// payload and an event id.
///
/// Conforming enums only list their payload types (`payloadTypes`) and expose the payload of
/// each case; naming, coding and ids are shared here. Their own `Codable` form is an envelope
/// `{"type": ..., "schemaVersion": ..., "payload": {...}}`.
public protocol DomainEvent: Sendable, Equatable, Codable {
    /// The facts carried by this event.
    var payload: any EventPayload { get }
    /// Every payload type of this stream kind.
    static var payloadTypes: EventPayloadRegistry<Self> { get }
}

extension DomainEvent {
    /// The stable stored type name, e.g. `"SiteOpened"`.
    public var eventType: String { type(of: payload).eventType }

    /// The schema version the payload is written in.
    public var schemaVersion: Int { type(of: payload).schemaVersion }

    /// A deterministic id: the same fact always gets the same id, so imports are idempotent.
    public var eventID: UUID {
        DeterministicEventID.make(namespace: eventType, naturalKey: payload.naturalKey)
    }

    /// The payload as stored: JSON with sorted keys and ISO 8601 UTC instants.
    public func encodedPayload() throws -> Data {
        try EventJSON.makeEncoder().encode(payload)
    }

    /// Rebuilds an event from what the store kept. Unknown types and newer schema versions
    /// are typed errors, never guesses.
    public static func decode(type: String, schemaVersion: Int, payload: Data) throws(EventCodingError) -> Self {
        try payloadTypes.decode(type: type, schemaVersion: schemaVersion, payload: payload)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: EnvelopeKey.self)
        try container.encode(eventType, forKey: .type)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(payload, forKey: .payload)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: EnvelopeKey.self)
        self = try Self.payloadTypes.decode(
            type: try container.decode(String.self, forKey: .type),
            schemaVersion: try container.decode(Int.self, forKey: .schemaVersion),
            from: try container.superDecoder(forKey: .payload))
    }
}

private enum EnvelopeKey: String, CodingKey {
    case type, schemaVersion, payload
}
