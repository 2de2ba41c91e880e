import CivilCalendar

/// Every agent's training on the programs of the queues they work, as the trainers would
/// have recorded it, and the last day each agent may start a shift so that the shifts file
/// passes the certification gate:
/// - live agents and agents on leave hold a certification from their latest training cycle
///   (earlier cycles predate the records), most granted 1 to 11 months ago; about 4% of live
///   agents hold one that expires three to five weeks from today, inside peak season;
/// - one live agent's certification on the tablet maker's program was revoked two days ago
///   after a QA finding, so they get no more shifts;
/// - agents in training are enrolled (about one in five has used every assessment attempt
///   and failed), agents in nesting passed the assessment and are under nesting QA;
/// - agents who left are not in the file.
struct TrainingPlan: Sendable {
    private(set) var steps: [TrainingStep] = []
    /// The last local day each certified agent may start a shift (a shift ends by the next day).
    private(set) var shiftsThrough: [String: LocalDate] = [:]

    static let revocationReason = "shared a buyer's card number in chat (QA finding)"

    static func make(_ roster: [RosterAgent], window: HistoryWindow, seed: UInt64) -> TrainingPlan {
        var plan = TrainingPlan()
        let today = window.today
        var revoked = false
        for agent in roster where agent.status != .left {
            var random = SeededRandom(seed: seed, stream: "training/\(agent.id)")
            let accounts = Array(Set(agent.queues.map(\.account))).sorted()
            var through: LocalDate? = today.adding(days: 10_000)
            for program in accounts.map(ProgramProfile.of(account:)) {
                var cycle = TrainingCycleSteps(agent: agent, program: program, today: today)
                switch agent.status {
                case .training: cycle.inTraining(failing: random.chance(0.2))
                case .nesting: cycle.inNesting(since: agent.contactsFrom ?? agent.statusOn)
                case .live, .leave:
                    let expiring = agent.status == .live && random.chance(0.04)
                    let ago = expiring ? 364 - 24 - random.below(10) : 30 + random.below(300)
                    var lastDay = cycle.certified(daysAgo: ago)
                    if let day = lastDay, !revoked, !expiring, agent.status == .live, program.revision != nil {
                        revoked = true
                        lastDay = min(day, cycle.revoked(on: today.adding(days: -2), reason: revocationReason))
                    }
                    if let current = through, let lastDay { through = min(current, lastDay) } else { through = nil }
                case .left: break
                }
                plan.steps += cycle.steps
            }
            if agent.status == .live, let through { plan.shiftsThrough[agent.id] = through.adding(days: -1) }
        }
        return plan
    }
}

/// One row of the training progress file.
struct TrainingStep: Sendable {
    let agentID: String
    let programID: String
    let step: String
    let date: LocalDate
    var module: String?
    var attempt: Int?
    var score: Int?
    var evaluationID: String?
    var evaluator: String?
    /// The instant of a revocation, seconds since 1970.
    var at: Int?
    var reason: String?

    init(_ agentID: String, _ programID: String, _ step: String, _ date: LocalDate) {
        self.agentID = agentID
        self.programID = programID
        self.step = step
        self.date = date
    }
}
