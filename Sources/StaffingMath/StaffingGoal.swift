/// Everything an interval's staffing must achieve at once.
///
/// Exists because real targets are rarely a service level alone: contracts add an
/// answer-time promise, operations cap occupancy to protect agents from burnout, and
/// with abandonment modelled a client may cap the share of callers who hang up.
/// The smallest head count meeting all of them is the requirement.
public struct StaffingGoal: Sendable, Hashable {
    /// The largest team a requirement search considers unless told otherwise.
    public static let defaultAgentLimit = 100_000

    /// The service-level promise, e.g. 80% within 20 seconds.
    public let serviceLevel: ServiceLevelTarget
    /// Highest acceptable average speed of answer, in seconds, if any.
    public let maxAverageSpeedOfAnswer: Double?
    /// Highest acceptable occupancy (share of logged-in time spent handling), in (0, 1], if any.
    public let maxOccupancy: Double?
    /// Highest acceptable share of contacts abandoning, in (0, 1], if any.
    /// Models without abandonment (Erlang C) always meet it.
    public let maxAbandonment: Double?

    public init(
        serviceLevel: ServiceLevelTarget,
        maxAverageSpeedOfAnswer: Double? = nil,
        maxOccupancy: Double? = nil,
        maxAbandonment: Double? = nil
    ) throws(StaffingInputError) {
        if let asa = maxAverageSpeedOfAnswer, !(asa > 0 && asa.isFinite) {
            throw .nonPositiveAnswerTimeTarget(seconds: asa)
        }
        if let cap = maxOccupancy, !(cap > 0 && cap <= 1) { throw .occupancyCapOutOfRange(cap) }
        if let cap = maxAbandonment, !(cap > 0 && cap <= 1) { throw .abandonmentCapOutOfRange(cap) }
        self.serviceLevel = serviceLevel
        self.maxAverageSpeedOfAnswer = maxAverageSpeedOfAnswer
        self.maxOccupancy = maxOccupancy
        self.maxAbandonment = maxAbandonment
    }

    /// Relative slack so that a result sitting exactly on a target (17 Erlangs at an
    /// 85% cap on 20 agents) is not rejected by the last bit of floating point.
    static let tolerance = 1e-12

    /// Whether the performance meets every part of the goal.
    func isMet(by performance: QueuePerformance) -> Bool {
        guard performance.serviceLevel >= serviceLevel.fraction - Self.tolerance else { return false }
        if let cap = maxOccupancy, performance.occupancy > cap * (1 + Self.tolerance) { return false }
        if let cap = maxAbandonment, (performance.probabilityOfAbandonment ?? 0) > cap * (1 + Self.tolerance) {
            return false
        }
        if let asa = maxAverageSpeedOfAnswer, performance.averageSpeedOfAnswer > asa * (1 + Self.tolerance) {
            return false
        }
        return true
    }
}
