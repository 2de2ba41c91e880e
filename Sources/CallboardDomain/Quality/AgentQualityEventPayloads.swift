import Foundation

/// A QA analyst scored one of an agent's contacts on a queue (0-100).
public struct QAEvaluationRecorded: EventPayload {
    public static let eventType = "QAEvaluationRecorded"
    public let agentID: AgentID
    public let queueID: QueueID
    public let evaluator: String
    public let score: Double
    public let evaluatedAt: Date
    public var naturalKey: String {
        CallboardDomain.naturalKey(agentID, queueID, evaluator, EventJSON.format(evaluatedAt))
    }
}

/// A buyer rated a contact the agent handled (1-5) in a customer satisfaction survey.
public struct CSATSurveyRecorded: EventPayload {
    public static let eventType = "CSATSurveyRecorded"
    public let agentID: AgentID
    public let queueID: QueueID
    public let contactID: String
    public let score: Int
    public let surveyedAt: Date
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, contactID) }
}

/// A client praised an agent by name; commendations count toward the monthly award.
public struct CommendationRecorded: EventPayload {
    public static let eventType = "CommendationRecorded"
    public let agentID: AgentID
    public let accountID: AccountID
    public let note: String
    public let commendedAt: Date
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, accountID, EventJSON.format(commendedAt)) }
}
