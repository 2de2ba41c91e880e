import EventStore

/// How far a catch-up or a rebuild of one projection has come, told after each batch so an
/// edge can show progress on a long run (the CLI's first report after a large import, a
/// `projections rebuild` of a big log); the engine itself prints nothing.
public struct ProjectionProgress: Sendable {
    /// Who is told: set ``ProjectionEngine/progress``.
    public typealias Listener = @Sendable (ProjectionProgress) -> Void

    public enum Phase: Sendable { case catchUp, rebuild }

    public let projection: String
    public let phase: Phase
    /// Events applied so far in this catch-up or rebuild.
    public let applied: Int
    /// The last log position read so far (the log's positions are its event count, gaps aside).
    public let position: Int64

    public init(projection: String, phase: Phase, applied: Int, position: Int64) {
        self.projection = projection
        self.phase = phase
        self.applied = applied
        self.position = position
    }
}
