import EventStore

/// The event store's stream name type, out of reach of the domain's `StreamID`.
typealias StoredStream = StreamID
