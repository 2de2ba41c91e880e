/// Why stored event data could not be turned back into a domain event.
public enum EventCodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The stored type name is not an event of this stream kind.
    case unknownEventType(String, streamKind: String)
    /// The stored payload was written by a newer schema than this code understands.
    case unsupportedSchemaVersion(eventType: String, stored: Int, supported: Int)
    /// The payload JSON does not match the event type's shape.
    case malformedPayload(eventType: String, reason: String)

    public var description: String {
        switch self {
        case let .unknownEventType(type, kind):
            "The event type '\(type)' is not a known \(kind) event type."
        case let .unsupportedSchemaVersion(type, stored, supported):
            "\(type) was stored with schema version \(stored); this version reads up to \(supported)."
        case let .malformedPayload(type, reason):
            "The \(type) payload could not be read: \(reason)"
        }
    }
}
