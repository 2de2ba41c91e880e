import CallboardDomain
import EventStore

/// One stream as a decision found it: the version read (the expected version of the
/// append), the stored events and their folded state, and the events decided since.
struct LoadedStream<Rules: Decider>: Sendable {
    let id: CallboardDomain.StreamID
    /// The stream's version when it was read; 0 for a stream with no events.
    let versionRead: Int64
    let stored: [Rules.Event]
    /// The state after the stored and the pending events.
    var state: Rules.State?
    /// Events decided but not yet appended.
    var pending: [Rules.Event] = []

    init(id: CallboardDomain.StreamID, versionRead: Int64, stored: [Rules.Event]) {
        self.id = id
        self.versionRead = versionRead
        self.stored = stored
        state = Rules.fold(stored)
    }

    /// What an append of the pending events expects: the stream as it was read.
    var expectedVersion: ExpectedVersion { versionRead == 0 ? .noStream : .exactly(versionRead) }

    /// Whether `event` is among the stored or pending events, with the same details.
    func holds(_ event: Rules.Event) -> Bool {
        stored.contains(event) || pending.contains(event)
    }
}
