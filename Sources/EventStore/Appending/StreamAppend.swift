/// Events for one stream within a bulk append, with the check to make before writing them.
public struct StreamAppend: Sendable {
    public var stream: StreamID
    public var expected: ExpectedVersion
    public var events: [NewEvent]

    public init(stream: StreamID, expected: ExpectedVersion = .any, events: [NewEvent]) {
        self.stream = stream
        self.expected = expected
        self.events = events
    }
}

/// What a bulk append wrote and what it found already stored.
public struct BulkAppendResult: Sendable, Hashable {
    /// Events written by this call.
    public let appended: Int
    /// Events whose ids were stored already (an overlapping or repeated import).
    public let alreadyStored: Int
    /// Streams that received at least one event.
    public let streamsTouched: Int
    /// The positions of the first and last event written, if any were.
    public let positions: ClosedRange<Int64>?
}
