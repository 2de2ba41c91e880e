import Foundation

/// An event as the log holds it: the appended fact plus where and when it was stored.
public struct RecordedEvent: Sendable, Hashable {
    /// The event's place in the whole log; unique, increasing in insertion order.
    public let position: Int64
    /// Where a reader of the whole log stands after reading this event.
    public let checkpoint: LogCheckpoint
    public let streamID: StreamID
    /// 1 for a stream's first event, then 2, 3, ... without gaps.
    public let streamVersion: Int64
    public let id: UUID
    public let type: String
    public let schemaVersion: Int
    /// The JSON payload as stored.
    public let payload: String
    public let metadata: EventMetadata
    public let recordedAt: Date

    public init(
        position: Int64, checkpoint: LogCheckpoint, streamID: StreamID, streamVersion: Int64, id: UUID, type: String,
        schemaVersion: Int, payload: String, metadata: EventMetadata, recordedAt: Date
    ) {
        self.position = position
        self.checkpoint = checkpoint
        self.streamID = streamID
        self.streamVersion = streamVersion
        self.id = id
        self.type = type
        self.schemaVersion = schemaVersion
        self.payload = payload
        self.metadata = metadata
        self.recordedAt = recordedAt
    }

    /// Decodes the payload into the caller's type.
    public func decodePayload<Body: Decodable>(as type: Body.Type = Body.self) throws -> Body {
        try JSONCoding.decoder.decode(Body.self, from: Data(payload.utf8))
    }
}
