/// Where an agent stands in the employment lifecycle, named as in the agents file: in
/// classroom training, nesting (live contacts under close QA), live, on leave, or left.
enum AgentStatus: String, Sendable, CaseIterable {
    case training, nesting, live, leave, left

    /// The usual mix on a BPO's books: mostly live, a few cohorts in training and nesting,
    /// some on leave, and the ones who left (attrition is a fact of the trade).
    static let mix: [(status: AgentStatus, share: Double)] = [
        (.live, 0.80), (.training, 0.05), (.nesting, 0.04), (.leave, 0.03), (.left, 0.08),
    ]
}
