import EventStore

/// The event store's name for a stream. The domain has a `StreamID` of its own, and the
/// module `EventStore` shares its name with its main type, so `EventStore.StreamID` cannot
/// be written; this file imports only the store, where the name is unambiguous. (The one
/// such alias; it goes when the store's main type is renamed.)
public typealias StoredStreamID = StreamID
