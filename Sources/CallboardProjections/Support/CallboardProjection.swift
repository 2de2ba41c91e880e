import CallboardDomain
import EventStore
import Foundation
import Projections

/// A Callboard read model: a ``Projection`` that names the event types it reads.
///
/// Naming them lets a batch be narrowed by type name before anything is decoded (most of
/// the log is interval facts that most read models never look at), and lets an as-of
/// replay read only those types from the log.
public protocol CallboardProjection: Projection {
    /// The stored type names this read model applies; every other event is skipped unread.
    var eventTypes: Set<String> { get }
}

extension CallboardProjection {
    /// The events of `batch` this read model applies, in log order.
    func relevant(_ batch: [RecordedEvent]) -> [RecordedEvent] {
        batch.filter { eventTypes.contains($0.type) }
    }
}

extension RecordedEvent {
    /// The stored event as the domain event of one stream kind; unknown types and newer
    /// schema versions are errors, so a read model never guesses.
    func decoded<Event: DomainEvent>(as kind: Event.Type) throws -> Event {
        try Event.decode(type: type, schemaVersion: schemaVersion, payload: Data(payload.utf8))
    }
}
