import Foundation

/// A quality fact to record for an agent, as QA tools, survey systems, account managers and
/// HR deliver them.
public enum AgentQualityCommand: Sendable, Equatable {
    case recordQAEvaluation(agent: AgentID, queue: QueueID, evaluator: String, score: Double, at: Date)
    case recordCSATSurvey(agent: AgentID, queue: QueueID, contactID: String, score: Int, at: Date)
    case recordCommendation(agent: AgentID, account: AccountID, note: String, at: Date)
    /// A disciplinary case is opened on a local day of the agent's site.
    case openDisciplinaryCase(agent: AgentID, caseID: String, on: LocalDate, reason: String, by: String)
    case closeDisciplinaryCase(agent: AgentID, caseID: String, on: LocalDate, outcome: String, by: String)

    public var agentID: AgentID {
        switch self {
        case let .recordQAEvaluation(agent, _, _, _, _), let .recordCSATSurvey(agent, _, _, _, _),
             let .recordCommendation(agent, _, _, _), let .openDisciplinaryCase(agent, _, _, _, _),
             let .closeDisciplinaryCase(agent, _, _, _, _): agent
        }
    }
}
