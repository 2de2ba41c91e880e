/// The rules for an agent's quality facts: QA scores are 0-100, CSAT scores 1-5, texts are
/// not empty, a disciplinary case closes only after it was opened; recording the same fact again changes nothing, and a different fact with the
/// same natural key is refused rather than overwriting the first.
public enum AgentQuality: Decider {
    public static func streamID(for command: AgentQualityCommand) -> StreamID { .agentQuality(command.agentID) }

    public static func evolve(_ state: AgentQualityState?, _ event: AgentQualityEvent) -> AgentQualityState {
        var quality = state ?? AgentQualityState()
        quality.recorded[AgentQualityState.key(of: event)] = event
        return quality
    }

    public static func decide(
        _ command: AgentQualityCommand, state: AgentQualityState?, context: Void = ()
    ) throws(AgentQualityRejection) -> [AgentQualityEvent] {
        let outOfRange = CommandValues.problems(in: command)
        guard outOfRange.isEmpty else { throw .invalidFields(outOfRange) }
        var checks = FieldChecks()
        checks.requireIdentifier(command.agentID, "agentID")
        let event: AgentQualityEvent
        switch command {
        case let .recordQAEvaluation(agent, queue, evaluator, score, at):
            checks.requireIdentifier(queue, "queueID")
            checks.requireText(evaluator, "evaluator")
            checks.require((0...100).contains(score), "score", Wording.number(score), "must be between 0 and 100")
            event = .qaEvaluationRecorded(.init(agentID: agent, queueID: queue, evaluator: evaluator,
                                                score: score, evaluatedAt: at))
        case let .recordCSATSurvey(agent, queue, contactID, score, at):
            checks.requireIdentifier(queue, "queueID")
            checks.requireText(contactID, "contactID")
            checks.require((1...5).contains(score), "score", "\(score)", "must be between 1 and 5")
            event = .csatSurveyRecorded(.init(agentID: agent, queueID: queue, contactID: contactID,
                                              score: score, surveyedAt: at))
        case let .recordCommendation(agent, account, note, at):
            checks.requireIdentifier(account, "accountID")
            checks.requireText(note, "note")
            event = .commendationRecorded(.init(agentID: agent, accountID: account, note: note, commendedAt: at))
        case let .openDisciplinaryCase(agent, caseID, day, reason, by):
            event = opening(agent, caseID, on: day, reason: reason, by: by, &checks)
        case let .closeDisciplinaryCase(agent, caseID, day, outcome, by):
            event = closing(agent, caseID, on: day, outcome: outcome, by: by, &checks)
        }
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        if case let .disciplinaryCaseClosed(closed) = event { try requireOpened(closed, state) }
        switch state?.recorded[AgentQualityState.key(of: event)] {
        case nil: return [event]
        case event?: return []
        case _?: throw .conflictsWithRecorded(eventType: event.eventType, naturalKey: event.payload.naturalKey)
        }
    }
}
