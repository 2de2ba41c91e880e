import Foundation

/// An event about to be appended: a fact, named by its type, with a JSON payload.
///
/// The `id` makes appends idempotent: retrying an append whose ids are already
/// stored succeeds without storing anything twice, so callers that can derive the id
/// from the fact itself (an import row's natural key) get exactly-once imports.
public struct NewEvent: Sendable, Hashable {
    public var id: UUID
    public var type: String
    public var schemaVersion: Int
    /// The event's body as a JSON document (an object, usually).
    public var payload: String
    public var metadata: EventMetadata

    public init(id: UUID = UUID(), type: String, schemaVersion: Int = 1, payload: String, metadata: EventMetadata = EventMetadata()) {
        precondition(!type.isEmpty, "an event type must not be empty")
        precondition(schemaVersion >= 1, "schema versions start at 1")
        self.id = id
        self.type = type
        self.schemaVersion = schemaVersion
        self.payload = payload
        self.metadata = metadata
    }

    /// An event whose payload is `body` encoded as JSON.
    public init<Body: Encodable>(
        id: UUID = UUID(), type: String, schemaVersion: Int = 1, body: Body, metadata: EventMetadata = EventMetadata()
    ) throws {
        let data = try JSONCoding.encoder.encode(body)
        self.init(id: id, type: type, schemaVersion: schemaVersion, payload: String(decoding: data, as: UTF8.self), metadata: metadata)
    }
}
