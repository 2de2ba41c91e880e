/// What an append did: the stream's version after it and where its events landed.
public struct AppendResult: Sendable, Hashable {
    public let streamID: StreamID
    /// The stream's version after the append (the version of its last event).
    public let streamVersion: Int64
    public let firstPosition: Int64
    public let lastPosition: Int64
    /// True when every event id was already stored: a retried append, nothing written.
    public let wasAlreadyStored: Bool

    public init(streamID: StreamID, streamVersion: Int64, firstPosition: Int64, lastPosition: Int64, wasAlreadyStored: Bool) {
        self.streamID = streamID
        self.streamVersion = streamVersion
        self.firstPosition = firstPosition
        self.lastPosition = lastPosition
        self.wasAlreadyStored = wasAlreadyStored
    }
}
