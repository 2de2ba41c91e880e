import EventStore

/// The event store's name for a stream, spelled so that files importing `CallboardDomain`
/// (which has a `StreamID` of its own) can name it: `EventStore.StreamID` cannot be written,
/// the module sharing its name with its main type.
typealias StoredStreamID = StreamID
