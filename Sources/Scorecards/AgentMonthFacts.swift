import CallboardDomain

/// One agent's facts for one site and local calendar month: the scorecard's inputs and the
/// eligibility facts. The caller buckets facts by the site's local month (see
/// `LocalMonth.init(containing:in:)`), so a contact at 23:30 on the 31st in Manila counts in
/// that month even when UTC already says the next one.
public struct AgentMonthFacts: Hashable, Sendable, Codable {
    public var agentID: AgentID
    /// QA evaluation scores, 0-100.
    public var qaScores: [Double]
    /// Customer satisfaction survey scores, 1-5.
    public var csatScores: [Int]
    public var contactsHandled: Int
    /// Contacts resolved without the buyer having to come back.
    public var firstContactResolutions: Int
    /// Total handle time of the contacts handled.
    public var handleSeconds: Int
    /// The average handle time target for this agent's work: the queues' targets weighted by
    /// the agent's contacts on each (voice and email targets differ widely).
    public var handleTimeTargetSeconds: Double
    public var scheduledSeconds: Int
    /// Scheduled time the agent was doing what the schedule said.
    public var adherentSeconds: Int
    /// Client commendations naming the agent.
    public var commendations: Int
    /// Live (not in training, nesting or on leave) from the first to the last day of the month.
    public var liveWholeMonth: Bool
    /// Certified on the programs of every queue worked for the whole month.
    public var certifiedWholeMonth: Bool
    /// An open disciplinary case during the month.
    public var disciplinaryFlag: Bool

    public init(agentID: AgentID, qaScores: [Double] = [], csatScores: [Int] = [], contactsHandled: Int = 0,
                firstContactResolutions: Int = 0, handleSeconds: Int = 0, handleTimeTargetSeconds: Double = 0,
                scheduledSeconds: Int = 0, adherentSeconds: Int = 0, commendations: Int = 0,
                liveWholeMonth: Bool = true, certifiedWholeMonth: Bool = true, disciplinaryFlag: Bool = false) {
        self.agentID = agentID
        self.qaScores = qaScores
        self.csatScores = csatScores
        self.contactsHandled = contactsHandled
        self.firstContactResolutions = firstContactResolutions
        self.handleSeconds = handleSeconds
        self.handleTimeTargetSeconds = handleTimeTargetSeconds
        self.scheduledSeconds = scheduledSeconds
        self.adherentSeconds = adherentSeconds
        self.commendations = commendations
        self.liveWholeMonth = liveWholeMonth
        self.certifiedWholeMonth = certifiedWholeMonth
        self.disciplinaryFlag = disciplinaryFlag
    }

    /// What is inconsistent in these facts, as clauses; empty when they can be scored.
    var problems: [String] {
        var found: [String] = []
        if qaScores.contains(where: { !(0...100).contains($0) }) { found.append("QA scores must be 0 to 100") }
        if csatScores.contains(where: { !(1...5).contains($0) }) { found.append("CSAT scores must be 1 to 5") }
        let counts = [contactsHandled, firstContactResolutions, handleSeconds, scheduledSeconds, adherentSeconds,
                      commendations]
        if counts.contains(where: { $0 < 0 }) { found.append("counts and seconds must not be negative") }
        if firstContactResolutions > contactsHandled {
            found.append("first contact resolutions cannot exceed contacts handled")
        }
        if adherentSeconds > scheduledSeconds { found.append("adherent time cannot exceed scheduled time") }
        if !handleTimeTargetSeconds.isFinite || handleTimeTargetSeconds < 0 {
            found.append("the handle time target must be a number of seconds")
        } else if contactsHandled > 0 && handleTimeTargetSeconds == 0 {
            found.append("a handle time target is needed when contacts were handled")
        }
        return found
    }
}
