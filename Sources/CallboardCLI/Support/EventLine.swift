import EventStore
import Foundation

/// One recorded event as a single line of JSON, the operators' format.
enum EventLine {
    static func json(_ event: RecordedEvent) -> String {
        var object: [String: Any] = [
            "position": event.position,
            "checkpoint": event.checkpoint.description,
            "stream": event.streamID.rawValue,
            "version": event.streamVersion,
            "id": event.id.uuidString.lowercased(),
            "type": event.type,
            "schema_version": event.schemaVersion,
            "recorded_at": ISO8601DateFormatter().string(from: event.recordedAt),
        ]
        object["payload"] = (try? JSONSerialization.jsonObject(with: Data(event.payload.utf8), options: [.fragmentsAllowed])) ?? event.payload
        var metadata: [String: String] = [:]
        metadata["correlation_id"] = event.metadata.correlationID
        metadata["causation_id"] = event.metadata.causationID
        metadata["actor"] = event.metadata.actor
        metadata["source"] = event.metadata.source
        object["metadata"] = metadata
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
