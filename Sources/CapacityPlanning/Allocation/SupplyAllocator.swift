/// Allocates one day's (or one interval's) agent time across queues, each agent counted once,
/// as a sequence of maximum flows.
///
/// Exists because adding every multi-skilled agent to every queue they could work counts one
/// person on six queues, and because serving queues one after another (greedily) can leave an
/// agent on a queue that others could have covered while a queue only they can serve goes short.
///
/// The model, per day: a source, one node per *group* of agents (same site and same set of
/// eligible queues, with their time added: exact, since capacities add), one node per queue and
/// a sink; source -> group carries the group's time, group -> queue is open where the group is
/// eligible, queue -> sink is capped. The result, in this order of importance:
/// 1. No agent gives more than their time; no queue gets more than its demand.
/// 2. Priority classes (``AllocationPriority``, lowest rank first) are served lexicographically:
///    the first class gets the most it can, then the next class the most it can without taking
///    anything from the first, and so on. Nothing is reshuffled back, because flow into the sink
///    never decreases while augmenting.
/// 3. Within a class the shortfall is shared by largest *relative* gap (gap / demand): the class
///    is filled like water, all its short queues at the same fill ratio, raising the level
///    (binary search on a copy of the network) until some queues cannot take more; those are
///    frozen where they are, and the rest keep rising. It is max-min fairness on the fill ratio,
///    the worst fill ratio within 1 / min(largest demand, 1,024) of the best possible (levels are
///    integers, see ``ClassFilling``).
/// 4. The total is a maximum flow: no supply is left idle where an eligible queue is short (at
///    the end no queue below its demand is reachable from the source in the residual network).
///
/// Complexity: per day a network of G + Q + 2 nodes, G being the number of groups (at most the
/// number of agents, usually far fewer); Dinic's algorithm runs in O(V^2 E) at worst, and each
/// short class takes O(Q log D) maximum flows (D its largest demand). Grouping the agents is
/// O(A log A); splitting a group's flow back to its agents is linear. Deterministic: groups are
/// ordered by site and queue set, agents in a group by id, and each group's flow per queue is
/// handed out to its agents in that order (queues in the order given), so each agent works as
/// few queues as the group's flow allows.
public struct SupplyAllocator: Sendable {
    public init() {}

    /// The allocation of `agents`' time to `queues`' demand. Agents with no time or no
    /// eligible queue are kept in the rows, with nothing allocated.
    public func allocate(agents: [AgentSupply], queues: [QueueDemand]) throws(SupplyAllocationError) -> SupplyAllocation {
        let queueIndex = try Self.index(queues)
        let groups = try AgentGroup.groups(of: agents, queueIndex: queueIndex)

        var flows = [[(queue: Int, flow: Int)]](repeating: [], count: groups.count)
        for component in AllocationComponent.split(groups, queueCount: queues.count) {
            for (g, queueFlows) in Self.solve(component, groups: groups, queues: queues) { flows[g] = queueFlows }
        }
        return SupplyAllocation.assemble(agents: agents, queues: queues, groups: groups,
                                         flows: flows)
    }

    /// Each group's flow per queue in one component, served class by class.
    private static func solve(_ component: AllocationComponent, groups: [AgentGroup],
                              queues: [QueueDemand]) -> [(group: Int, flows: [(queue: Int, flow: Int)])] {
        // Nodes: 0 source, 1...G groups, G+1...G+Q queues, G+Q+1 sink; queues by local index.
        let local = Dictionary(uniqueKeysWithValues: component.queues.enumerated().map { ($1, $0) })
        let queueNode = component.groups.count + 1
        let sink = queueNode + component.queues.count
        var network = FlowNetwork(nodes: sink + 1, source: 0, sink: sink)
        var groupEdges: [[(queue: Int, edge: Int)]] = []
        for (node, g) in component.groups.enumerated() {
            network.addEdge(from: 0, to: node + 1, capacity: groups[g].units)
            groupEdges.append(groups[g].queues.map { q in
                (q, network.addEdge(from: node + 1, to: queueNode + local[q]!, capacity: groups[g].units))
            })
        }
        let sinkEdges = component.queues.indices.map { network.addEdge(from: queueNode + $0, to: sink, capacity: 0) }

        let demand = component.queues.map { queues[$0].units }
        let ids = component.queues.map { queues[$0].queueID }
        var filling = ClassFilling(network: network, sinkEdges: sinkEdges, queueNodeOffset: queueNode)
        for rank in Set(component.queues.map { queues[$0].priority }).sorted() {
            filling.fill(component.queues.indices.filter { queues[component.queues[$0]].priority == rank && demand[$0] > 0 },
                         demand: demand, order: ids)
        }
        return zip(component.groups, groupEdges).map { g, edges in (g, edges.map { ($0.queue, filling.network.flow(on: $0.edge)) }) }
    }

    private static func index(_ queues: [QueueDemand]) throws(SupplyAllocationError) -> [String: Int] {
        var index: [String: Int] = [:]
        for (i, queue) in queues.enumerated() {
            guard queue.units >= 0 else { throw .negativeDemand(queueID: queue.queueID, units: queue.units) }
            guard index.updateValue(i, forKey: queue.queueID) == nil else { throw .duplicateQueue(queue.queueID) }
        }
        return index
    }
}
