/// The kinds of file Callboard imports, listed in the order they can be imported in: each
/// kind refers only to kinds before it (agents to sites, queues to accounts, and so on).
public enum ImportKind: String, Sendable, CaseIterable, CustomStringConvertible {
    case sites, accounts, queues
    case trainingPrograms = "training-programs"
    case agents
    case trainingProgress = "training-progress"
    case shifts, intervals
    case agentIntervals = "agent-intervals"
    case qa, csat, commendations
    case queueClosures = "queue-closures"
    case campaigns

    /// The conventional file name, `agent-intervals.csv`.
    public var fileName: String { "\(rawValue).csv" }

    public var description: String { rawValue }

    public var columns: ColumnSet {
        switch self {
        case .sites: SitesFormat.columns
        case .accounts: AccountsFormat.columns
        case .queues: QueuesFormat.columns
        case .trainingPrograms: TrainingProgramsFormat.columns
        case .agents: AgentsFormat.columns
        case .trainingProgress: TrainingProgressFormat.columns
        case .shifts: ShiftsFormat.columns
        case .intervals: IntervalsFormat.columns
        case .agentIntervals: AgentIntervalsFormat.columns
        case .qa: QAFormat.columns
        case .csat: CSATFormat.columns
        case .commendations: CommendationsFormat.columns
        case .queueClosures: QueueClosuresFormat.columns
        case .campaigns: CampaignsFormat.columns
        }
    }
}
