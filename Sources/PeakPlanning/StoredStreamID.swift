import EventStore

/// The event store's name for a stream: `EventStore.StreamID` cannot be written (the module
/// shares its name with its main type) and the domain has a `StreamID` of its own; this file
/// imports only the store, where the name is unambiguous.
typealias StoredStreamID = StreamID
