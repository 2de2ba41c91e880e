import CallboardDomain
import EventStore
import Foundation

/// The event codec: how a domain event becomes a stored event and back, written once for
/// every writer (commands, imports, jobs) and every reader (stream loads, read models,
/// reports), so a payload is never encoded or decoded two ways.
extension DomainEvent {
    /// The event as the store appends it: its type, schema version, JSON payload and its
    /// deterministic id, so appending the same fact twice stores it once.
    public func newEvent(metadata: EventMetadata) throws -> NewEvent {
        NewEvent(id: eventID, type: eventType, schemaVersion: schemaVersion,
                 payload: String(decoding: try encodedPayload(), as: UTF8.self), metadata: metadata)
    }
}

extension RecordedEvent {
    /// The stored event as a domain event of `kind`; an unknown type or a newer schema
    /// version is an `EventCodingError`, never a guess, so neither a command nor a read
    /// model acts on an event it does not understand.
    public func domainEvent<Event: DomainEvent>(as kind: Event.Type = Event.self) throws(EventCodingError) -> Event {
        try Event.decode(type: type, schemaVersion: schemaVersion, payload: Data(payload.utf8))
    }
}

extension CallboardDomain.StreamID {
    /// The same stream under the event store's name type.
    public var stored: EventStore.StreamID { EventStore.StreamID(rawValue) }
}
