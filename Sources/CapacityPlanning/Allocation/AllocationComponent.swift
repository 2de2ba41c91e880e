/// Queues and agent groups connected through eligibility: a part of the day's allocation that
/// shares no agent with the rest (typically one account's queues and the agents certified on them).
///
/// Exists because the parts are independent problems: solving each on its own network gives the
/// same allocation (the constraints and the fairness rule are separable) on far smaller networks,
/// and lets a short queue of one account be filled without re-solving every other account.
struct AllocationComponent: Sendable {
    /// Indices into the day's groups, ascending.
    var groups: [Int] = []
    /// Indices into the day's queues, ascending.
    var queues: [Int] = []

    /// The components that have at least one group (queues nobody can serve get nothing),
    /// ordered by their first queue.
    static func split(_ groups: [AgentGroup], queueCount: Int) -> [AllocationComponent] {
        var parent = Array(0..<queueCount)
        func root(_ q: Int) -> Int {
            var q = q
            while parent[q] != q { parent[q] = parent[parent[q]]; q = parent[q] }
            return q
        }
        for group in groups {
            for q in group.queues.dropFirst() {
                let (a, b) = (root(group.queues[0]), root(q))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var byRoot: [Int: AllocationComponent] = [:]
        for (g, group) in groups.enumerated() { byRoot[root(group.queues[0]), default: AllocationComponent()].groups.append(g) }
        for q in 0..<queueCount where byRoot[root(q)] != nil { byRoot[root(q)]!.queues.append(q) }
        return byRoot.keys.sorted().map { byRoot[$0]! }
    }
}
