/// How many people an inbox needs while the team is open, and why.
///
/// Exists to carry the head count together with the workload and open time it came from,
/// so a planner can see whether the clock or the volume drives it.
public struct DeferredWorkRequirement: Sendable, Hashable {
    /// Handling work per response window, in seconds.
    public let workloadSeconds: Double
    /// Open time per response window, in seconds.
    public let openSecondsInWindow: Double
    /// Agents needed while open, unrounded.
    public let agentsWhileOpen: Double
    /// Whole agents needed while open.
    public let agents: Int
    /// People to schedule while open after shrinkage (from the unrounded need).
    public let scheduledAgents: Int
    /// The shrinkage applied.
    public let shrinkage: Shrinkage

    public init(workloadSeconds: Double, openSecondsInWindow: Double, agentsWhileOpen: Double, shrinkage: Shrinkage) {
        self.workloadSeconds = workloadSeconds
        self.openSecondsInWindow = openSecondsInWindow
        self.agentsWhileOpen = agentsWhileOpen
        self.agents = agentsWhileOpen > 0 ? Int((agentsWhileOpen * (1 - 1e-12)).rounded(.up)) : 0
        self.scheduledAgents = shrinkage.scheduledAgents(forProductive: agentsWhileOpen)
        self.shrinkage = shrinkage
    }
}
