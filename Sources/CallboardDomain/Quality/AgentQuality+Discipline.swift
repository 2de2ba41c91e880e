/// Disciplinary cases on the agent quality stream: opened with a reason, closed with an
/// outcome on or after the day they were opened.
extension AgentQuality {
    static func opening(
        _ agent: AgentID, _ caseID: String, on day: LocalDate, reason: String, by actor: String,
        _ checks: inout FieldChecks
    ) -> AgentQualityEvent {
        checks.requireText(caseID, "caseID")
        checks.requireText(reason, "reason")
        checks.requireText(actor, "openedBy")
        return .disciplinaryCaseOpened(.init(agentID: agent, caseID: caseID, openedOn: day, reason: reason, openedBy: actor))
    }

    static func closing(
        _ agent: AgentID, _ caseID: String, on day: LocalDate, outcome: String, by actor: String,
        _ checks: inout FieldChecks
    ) -> AgentQualityEvent {
        checks.requireText(caseID, "caseID")
        checks.requireText(outcome, "outcome")
        checks.requireText(actor, "closedBy")
        return .disciplinaryCaseClosed(.init(agentID: agent, caseID: caseID, closedOn: day, outcome: outcome, closedBy: actor))
    }

    /// A case closes only once opened, and not before the day it was opened.
    static func requireOpened(_ closed: DisciplinaryCaseClosed, _ state: AgentQualityState?) throws(AgentQualityRejection) {
        guard let opened = state?.disciplinaryCase(closed.caseID) else {
            throw .caseNotOpened(closed.agentID, caseID: closed.caseID)
        }
        guard closed.closedOn >= opened.openedOn else {
            throw .closedBeforeOpened(closed.agentID, caseID: closed.caseID, openedOn: opened.openedOn)
        }
    }
}
