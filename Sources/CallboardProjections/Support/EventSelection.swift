import EventStore
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
