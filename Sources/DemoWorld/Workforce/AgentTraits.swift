/// How good an agent is, drawn once so every fact about them tells the same story: a
/// strong agent scores well in QA, gets good surveys, resolves on first contact and sticks
/// to the schedule month after month.
struct AgentTraits: Sendable {
    /// The agent's average QA score.
    let qaMean: Double
    /// How much more often than usual buyers give the agent 5 stars (about -0.1...0.1).
    let csatLean: Double
    /// The agent's handle time relative to the queue's average.
    let handleFactor: Double
    /// Share of contacts resolved on first contact.
    let resolutionRate: Double
    /// Share of scheduled time spent doing what the schedule said.
    let adherence: Double

    init(isNew: Bool, random: inout SeededRandom) {
        let talent = random.normal()
        qaMean = min(97, max(70, 86 + 3 * talent + 2 * random.normal() - (isNew ? 5 : 0)))
        csatLean = min(0.12, max(-0.12, 0.04 * talent + 0.03 * random.normal()))
        handleFactor = max(0.75, min(1.4, (1 - 0.05 * talent) * random.noise(0.08) * (isNew ? 1.2 : 1)))
        resolutionRate = min(0.95, max(0.55, 0.78 + 0.04 * talent + 0.03 * random.normal()))
        adherence = min(0.99, max(0.8, 0.93 + 0.015 * talent + 0.02 * random.normal()))
    }
}
