/// Which forecast volume coverage staffs to: the published P50 (the plan) or the P90 (the
/// contingency a director may want to see the half hours short of).
public enum RequirementBasis: String, Sendable, Equatable, CaseIterable {
    case p50
    case p90
}
