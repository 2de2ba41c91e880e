/// Events a subscriber receives at once, in log order, with where the reader stands after them.
public struct EventBatch: Sendable {
    public let events: [RecordedEvent]
    /// The checkpoint after the last event of the batch.
    public let checkpoint: LogCheckpoint
}
