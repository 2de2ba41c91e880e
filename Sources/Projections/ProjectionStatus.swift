import EventStore
import Foundation

/// Where a projection stands against the log: what operators read in
/// `callboard projections status`.
public struct ProjectionStatus: Sendable, Hashable {
    public let name: String
    /// The last event applied.
    public let checkpoint: LogCheckpoint
    public let eventsApplied: Int64
    /// Committed events after the checkpoint, not yet applied.
    public let eventsBehind: Int64
    /// How long ago the oldest unapplied event was recorded; zero when caught up.
    public let lagSeconds: Double
    public let updatedAt: Date?
    public let rebuiltAt: Date?
    /// How many events the projection set aside because it cannot apply them.
    public var quarantined: Int64 = 0
    /// The first few of those, in log order, with their reasons.
    public var quarantineSample: [QuarantinedEvent] = []
}
