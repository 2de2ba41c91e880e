import EventStore
import Foundation

/// One row of the quarantine: an event a projection set aside, why, and when it was
/// tried. What `callboard projections status` lists and `/readyz` counts.
public struct QuarantinedEvent: Sendable, Hashable {
    public let projection: String
    public let checkpoint: LogCheckpoint
    public let streamID: String
    public let streamVersion: Int64
    public let eventID: UUID
    public let eventType: String
    public let reason: String
    /// The code that last tried it (see ``CodeVersion``).
    public let codeVersion: String
    public let attempts: Int
    public let firstAttemptAt: Date
    public let lastAttemptAt: Date

    /// The event's position in the log.
    public var position: Int64 { checkpoint.position }
}
