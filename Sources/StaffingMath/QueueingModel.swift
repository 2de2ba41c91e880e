/// A model of one interval's queue that can say what N agents achieve and find the
/// smallest N meeting a goal.
///
/// Exists so that chat staffing, the CLI and planners can work with Erlang C and
/// Erlang A interchangeably: the caller picks the model, the rest is the same.
public protocol QueueingModel: Sendable {
    /// Offered load in Erlangs.
    var trafficIntensity: Double { get }

    /// What `agents` agents achieve, with the service level measured at `thresholdSeconds`.
    func performance(agents: Int, thresholdSeconds: Double) -> QueuePerformance

    /// The smallest number of agents meeting `goal`, at most `agentLimit`.
    /// Zero traffic needs zero agents.
    func minimumAgents(for goal: StaffingGoal, agentLimit: Int) throws(StaffingInputError) -> Int
}

extension QueueingModel {
    /// The smallest head count meeting `goal`, its performance, and the scheduled
    /// head count after `shrinkage`.
    public func requirement(
        for goal: StaffingGoal,
        shrinkage: Shrinkage = .none,
        agentLimit: Int = StaffingGoal.defaultAgentLimit
    ) throws(StaffingInputError) -> StaffingRequirement {
        let agents = try minimumAgents(for: goal, agentLimit: agentLimit)
        return StaffingRequirement(
            agents: agents,
            shrinkage: shrinkage,
            performance: performance(agents: agents, thresholdSeconds: goal.serviceLevel.thresholdSeconds)
        )
    }

    /// The smallest head count meeting `goal` with the default agent limit.
    public func minimumAgents(for goal: StaffingGoal) throws(StaffingInputError) -> Int {
        try minimumAgents(for: goal, agentLimit: StaffingGoal.defaultAgentLimit)
    }
}
