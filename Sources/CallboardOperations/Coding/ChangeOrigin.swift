import EventStore
import Foundation

/// Who asked for a change and through what, recorded as metadata beside every event it
/// produces, so the log answers "who changed this, and from which file or command".
struct ChangeOrigin: Sendable, Equatable {
    /// A person, token or job, e.g. `maria.santos` or `nightly-import`.
    let actor: String
    /// The channel, e.g. `import:intervals.csv` or `cli:site open`.
    let source: String
    /// Ties together all events of one command or one import.
    let correlationID: String

    init(actor: String, source: String, correlationID: String = UUID().uuidString.lowercased()) {
        self.actor = actor
        self.source = source
        self.correlationID = correlationID
    }

    /// An import of `file`.
    static func importing(_ file: String, actor: String) -> ChangeOrigin {
        ChangeOrigin(actor: actor, source: "import:\(file)")
    }

    var metadata: EventMetadata { EventMetadata(correlationID: correlationID, actor: actor, source: source) }
}
