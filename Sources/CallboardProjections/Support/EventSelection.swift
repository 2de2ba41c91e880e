import CallboardDomain
import EventStore
import Foundation
import Projections

extension Projection {
    /// The events of `batch` this read model applies, in log order: the others are skipped
    /// by type name, unread. (The engine already reads only ``Projection/eventTypes``;
    /// this keeps `apply` correct for any caller.)
    func relevant(_ batch: [RecordedEvent]) -> [RecordedEvent] {
        guard let types = eventTypes else { return batch }
        return batch.filter { types.contains($0.type) }
    }
}

extension RecordedEvent {
    /// The stored event as the domain event of one stream kind; unknown types and newer
    /// schema versions are errors, so a read model never guesses.
    func decoded<Event: DomainEvent>(as kind: Event.Type) throws -> Event {
        try Event.decode(type: type, schemaVersion: schemaVersion, payload: Data(payload.utf8))
    }
}
