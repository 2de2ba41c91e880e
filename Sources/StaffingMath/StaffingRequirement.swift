/// The answer to "how many people do I need for this interval?".
///
/// Exists to keep the head count together with the evidence behind it: the service
/// level, answer time, occupancy and waiting figures that head count achieves, and the
/// scheduled number after shrinkage that a roster must actually cover.
public struct StaffingRequirement: Sendable, Hashable {
    /// Productive agents needed on the queue (people, also for chat).
    public let agents: Int
    /// People to schedule so that `agents` are productive after shrinkage.
    public let scheduledAgents: Int
    /// The shrinkage applied.
    public let shrinkage: Shrinkage
    /// What `agents` achieve.
    public let performance: QueuePerformance

    public init(agents: Int, shrinkage: Shrinkage, performance: QueuePerformance) {
        self.agents = agents
        self.scheduledAgents = shrinkage.scheduledAgents(forProductive: agents)
        self.shrinkage = shrinkage
        self.performance = performance
    }

    public var trafficIntensity: Double { performance.trafficIntensity }
    public var serviceLevel: Double { performance.serviceLevel }
    public var averageSpeedOfAnswer: Double { performance.averageSpeedOfAnswer }
    public var occupancy: Double { performance.occupancy }
    public var probabilityOfWaiting: Double { performance.probabilityOfWaiting }
    public var probabilityOfAbandonment: Double? { performance.probabilityOfAbandonment }
}
