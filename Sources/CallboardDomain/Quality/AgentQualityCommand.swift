import Foundation

/// A quality fact to record for an agent, as QA tools, survey systems and account managers
/// deliver them.
public enum AgentQualityCommand: Sendable, Equatable {
    case recordQAEvaluation(agent: AgentID, queue: QueueID, evaluator: String, score: Double, at: Date)
    case recordCSATSurvey(agent: AgentID, queue: QueueID, contactID: String, score: Int, at: Date)
    case recordCommendation(agent: AgentID, account: AccountID, note: String, at: Date)

    public var agentID: AgentID {
        switch self {
        case let .recordQAEvaluation(agent, _, _, _, _), let .recordCSATSurvey(agent, _, _, _, _),
             let .recordCommendation(agent, _, _, _): agent
        }
    }
}
