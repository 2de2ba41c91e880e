/// Fills the queues of one priority class on the allocation network, highest relative gap
/// first, like water: the step ``SupplyAllocator`` repeats for each class.
///
/// Exists to keep the fairness rule in one place. Levels are integers from 0 to `S`, the class's
/// largest demand or 1,024 if smaller; at level `L` a queue of demand `d` is owed `d * L / S`
/// rounded up (so a small queue gets its first unit as early as a large one), and one level
/// step adds at most one unit, or a 1,024th of its demand, to a queue. The worst fill ratio is
/// then within `1 / S` of the best possible. A queue is frozen (its cap to the sink set
/// to its flow) once it has its demand or no augmenting path reaches it; frozen queues, and the
/// classes served before, keep their flow because flow into the sink never decreases.
struct ClassFilling: Sendable {
    var network: FlowNetwork
    let sinkEdges: [Int]
    let queueNodeOffset: Int

    /// The most levels a class is filled in: fine enough (a thousandth of the largest demand)
    /// and it bounds the binary search to 10 maximum flows.
    static let levels = 1024

    /// Serves `members` (queue indices with demand above 0) to the most the class can get,
    /// sharing any shortfall by largest relative gap, then freezes them.
    mutating func fill(_ members: [Int], demand: [Int], order ids: [String]) {
        guard !members.isEmpty else { return }
        // Enough for everyone? Then there is no shortfall to share.
        var whole = network
        for q in members { whole.setCapacity(of: sinkEdges[q], to: demand[q]) }
        whole.augmentToMaximum()
        if members.allSatisfy({ whole.flow(on: sinkEdges[$0]) == demand[$0] }) {
            network = whole
            freeze(members)
            return
        }

        let scale = min(members.map { demand[$0] }.max()!, Self.levels)
        func owed(_ q: Int, _ level: Int) -> Int { (demand[q] * level + scale - 1) / scale }
        var active = members
        var level = 0
        while !active.isEmpty {
            // The highest level every active queue can reach together.
            var low = level, high = scale
            var reached = network
            while low < high {
                let mid = low + (high - low + 1) / 2
                var trial = network
                for q in active { trial.setCapacity(of: sinkEdges[q], to: max(trial.flow(on: sinkEdges[q]), owed(q, mid))) }
                trial.augmentToMaximum()
                if active.allSatisfy({ trial.flow(on: sinkEdges[$0]) >= owed($0, mid) }) {
                    low = mid
                    reached = trial
                } else {
                    high = mid - 1
                }
            }
            network = reached
            level = low

            var frozen = bottlenecks(active, demand: demand)
            if frozen.isEmpty {
                // Level + 1 fails together though each queue may still grow alone: offer the next
                // unit one queue at a time, largest relative gap first; a queue that cannot take it
                // is a bottleneck. At least one fails, or level + 1 would have been reached.
                let byGap = active.sorted { lhs, rhs in
                    let l = (demand[lhs] - network.flow(on: sinkEdges[lhs])) * demand[rhs]
                    let r = (demand[rhs] - network.flow(on: sinkEdges[rhs])) * demand[lhs]
                    return l != r ? l > r : ids[lhs] < ids[rhs]
                }
                for q in byGap {
                    let flow = network.flow(on: sinkEdges[q])
                    let next = owed(q, level + 1)
                    guard next > flow else { continue }
                    network.setCapacity(of: sinkEdges[q], to: next)
                    network.augmentToMaximum()
                    if network.flow(on: sinkEdges[q]) < next { frozen.append(q) }
                }
                frozen += bottlenecks(active.filter { !frozen.contains($0) }, demand: demand)
                // Cannot happen (see above); if it ever did, stopping here still leaves a valid
                // allocation, and the last maximum flow below keeps it maximal.
                if frozen.isEmpty { frozen = active }
            }
            freeze(frozen)
            active.removeAll { frozen.contains($0) }
        }

        // A last maximum flow with every member open to its demand: by the argument above it adds
        // nothing, and keeps the guarantee that no eligible supply is left idle if it ever would.
        for q in members { network.setCapacity(of: sinkEdges[q], to: demand[q]) }
        network.augmentToMaximum()
        freeze(members)
    }

    /// Queues of `active` that have their demand or that no augmenting path can reach.
    private func bottlenecks(_ active: [Int], demand: [Int]) -> [Int] {
        let reachable = network.reachableFromSource()
        return active.filter { network.flow(on: sinkEdges[$0]) >= demand[$0] || !reachable[queueNodeOffset + $0] }
    }

    private mutating func freeze(_ queues: [Int]) {
        for q in queues { network.setCapacity(of: sinkEdges[q], to: network.flow(on: sinkEdges[q])) }
    }
}
