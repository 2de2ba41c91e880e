import Foundation

/// One stream's events in a bulk append, encoded only when the COPY reaches them: the
/// ids are known up front (they decide what is stored already), the payloads are made a
/// batch at a time while PostgreSQL is still writing the rows sent before, so encoding
/// and writing overlap instead of taking turns.
public struct BulkStreamAppend: Sendable {
    public var stream: StreamID
    public var expected: ExpectedVersion
    /// The events' ids, in order.
    public var ids: [UUID]
    /// The events at these positions of `ids`, in order, with exactly those ids.
    public var events: @Sendable (Range<Int>) throws -> [NewEvent]

    public init(stream: StreamID, expected: ExpectedVersion = .any, ids: [UUID],
                events: @escaping @Sendable (Range<Int>) throws -> [NewEvent]) {
        self.stream = stream
        self.expected = expected
        self.ids = ids
        self.events = events
    }

    /// Events already encoded (``StreamAppend``).
    public init(_ append: StreamAppend) {
        let events = append.events
        self.init(stream: append.stream, expected: append.expected, ids: events.map(\.id)) { Array(events[$0]) }
    }

    /// This stream's events followed by `next`'s (same stream), keeping this one's expectation.
    func followed(by next: BulkStreamAppend) -> BulkStreamAppend {
        let (first, second, split) = (events, next.events, ids.count)
        return BulkStreamAppend(stream: stream, expected: expected, ids: ids + next.ids) { range in
            let head = range.clamped(to: 0..<split)
            let tail = range.clamped(to: split..<Int.max)
            return (head.isEmpty ? [] : try first(head))
                + (tail.isEmpty ? [] : try second((tail.lowerBound - split)..<(tail.upperBound - split)))
        }
    }
}

/// A bulk append's events were not the ones it was given ids for (another id, or another
/// count than asked for): nothing is written.
public struct BulkEventsMismatch: Error, Sendable, CustomStringConvertible {
    public let stream: StreamID
    public let detail: String

    public var description: String { "bulk append to stream \(stream): \(detail)" }
}
