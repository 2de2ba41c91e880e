/// One eligible agent's place in the standings as they stood when an award was granted, kept
/// in the award so later data can be compared with what was decided, never replace it.
public struct GrantedStanding: Hashable, Sendable, Codable {
    public let rank: Int
    public let agentID: AgentID
    /// The scorecard score in points (100 = every metric on target).
    public let score: Double

    public init(rank: Int, agentID: AgentID, score: Double) {
        self.rank = rank
        self.agentID = agentID
        self.score = score
    }
}
