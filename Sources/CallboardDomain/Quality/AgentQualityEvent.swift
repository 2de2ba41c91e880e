/// Quality facts about one agent (stream `agentquality-<agentId>`): the QA, CSAT and
/// commendation inputs of the monthly scorecard, and disciplinary cases (award eligibility).
public enum AgentQualityEvent: DomainEvent {
    case qaEvaluationRecorded(QAEvaluationRecorded)
    case csatSurveyRecorded(CSATSurveyRecorded)
    case commendationRecorded(CommendationRecorded)
    case disciplinaryCaseOpened(DisciplinaryCaseOpened)
    case disciplinaryCaseClosed(DisciplinaryCaseClosed)

    public var payload: any EventPayload {
        switch self {
        case let .qaEvaluationRecorded(payload): payload
        case let .csatSurveyRecorded(payload): payload
        case let .commendationRecorded(payload): payload
        case let .disciplinaryCaseOpened(payload): payload
        case let .disciplinaryCaseClosed(payload): payload
        }
    }

    public static let payloadTypes = EventPayloadRegistry<AgentQualityEvent>(streamKind: "agent quality", [
        .init(QAEvaluationRecorded.self, AgentQualityEvent.qaEvaluationRecorded),
        .init(CSATSurveyRecorded.self, AgentQualityEvent.csatSurveyRecorded),
        .init(CommendationRecorded.self, AgentQualityEvent.commendationRecorded),
        .init(DisciplinaryCaseOpened.self, AgentQualityEvent.disciplinaryCaseOpened),
        .init(DisciplinaryCaseClosed.self, AgentQualityEvent.disciplinaryCaseClosed),
    ])
}
