import EventStore

/// An event a projection could not apply in a batch, and why: what the engine records in
/// the quarantine, in the transaction that moves the checkpoint past it.
public struct PoisonedEvent: Sendable, Hashable {
    public let event: RecordedEvent
    public let reason: String
}
