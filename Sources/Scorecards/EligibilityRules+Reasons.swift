import CallboardDomain

extension EligibilityRules {
    /// Every rule `facts` break, in a fixed order; empty when the agent is eligible.
    public func reasons(_ facts: AgentMonthFacts) -> [IneligibilityReason] {
        var reasons: [IneligibilityReason] = []
        if !facts.liveWholeMonth { reasons.append(.notLiveWholeMonth) }
        if !facts.certifiedWholeMonth { reasons.append(.notCertifiedWholeMonth) }
        if facts.disciplinaryFlag { reasons.append(.disciplinaryFlag) }
        if facts.contactsHandled < minimumContacts {
            reasons.append(.tooFewContacts(facts.contactsHandled, minimum: minimumContacts))
        }
        if facts.qaScores.count < minimumQAEvaluations {
            reasons.append(.tooFewQAEvaluations(facts.qaScores.count, minimum: minimumQAEvaluations))
        }
        if facts.csatScores.count < minimumSurveys {
            reasons.append(.tooFewSurveys(facts.csatScores.count, minimum: minimumSurveys))
        }
        return reasons
    }
}
