/// One import file of the demo world, ready to hand to the importer: what kind of file it
/// is, the name to report problems against, and its CSV text.
public struct DemoFile: Sendable, Hashable {
    public let kind: DemoFileKind
    public let fileName: String
    public let csvText: String
    /// Data rows, not counting the header.
    public let rowCount: Int

    public init(kind: DemoFileKind, fileName: String, csvText: String, rowCount: Int) {
        self.kind = kind
        self.fileName = fileName
        self.csvText = csvText
        self.rowCount = rowCount
    }
}

/// The kinds of import file, named as in docs/import-formats.md and listed in the order
/// they must be imported: sites before agents, accounts before queues, queues before
/// training programs, training progress before shifts (which the certification gate
/// checks), queues before interval figures.
public enum DemoFileKind: String, Sendable, Hashable, CaseIterable {
    case sites
    case accounts
    case queues
    case trainingPrograms = "training-programs"
    case agents
    case trainingProgress = "training-progress"
    case shifts
    case intervals
    case agentIntervals = "agent-intervals"
    case qa
    case csat
    case commendations
    case queueClosures = "queue-closures"
    case campaigns

    /// The importer's name for the kind, e.g. `agent-intervals`.
    public var name: String { rawValue }
}
