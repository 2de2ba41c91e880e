import EventStore

/// An import the database interrupted: the connection was lost (the server stopped or
/// ended the session) or it did not answer within its deadline, while the file was being
/// checked against the stored state or while its events were being appended.
///
/// Imports are all or nothing and idempotent, so the remedy is always the same: run the
/// import again; it writes whatever is missing and nothing twice.
public struct ImportInterrupted: Error, Sendable, CustomStringConvertible {
    public let file: String
    /// What went wrong, in the database's terms.
    public let reason: String
    /// False when nothing can have been written; true when the last COMMIT was sent as the
    /// connection went, so the events may be stored.
    public let mayHaveWritten: Bool

    init(file: String, reading interruption: DatabaseInterruption) {
        self.file = file
        reason = "\(interruption)"
        mayHaveWritten = false
    }

    init(file: String, appending interruption: WriteInterrupted) {
        self.file = file
        let tries = interruption.attempts > 1 ? " (tried \(interruption.attempts) times)" : ""
        reason = "\(interruption.interruption)\(tries)"
        mayHaveWritten = interruption.commitWasSent
    }

    public var description: String {
        let outcome = mayHaveWritten
            ? "the commit had been sent when the connection went, so its events may or may not be stored"
            : "nothing was written (the transaction rolled back)"
        return "\(file): import interrupted: \(reason); \(outcome). Run the import again: it writes what is missing and nothing twice."
    }
}
