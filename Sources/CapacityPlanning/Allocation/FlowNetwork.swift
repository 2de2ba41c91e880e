/// A directed network with integer capacities and Dinic's maximum-flow algorithm.
///
/// Exists because allocating agents' time to queues is a maximum-flow problem: the
/// ``SupplyAllocator`` builds one small network per day (or interval) and raises the caps
/// on the queues' edges to the sink in steps. A value type: copying it snapshots the flow,
/// which the allocator uses to test a level without committing it. Flow on an edge into the
/// sink never decreases while augmenting (an augmenting path never leaves the sink), so each
/// step keeps what earlier steps gave.
struct FlowNetwork: Sendable {
    private(set) var head: [Int]
    private var next: [Int] = []
    private var to: [Int] = []
    /// Residual capacity per edge; edge `e ^ 1` is the reverse of `e`.
    private var residual: [Int] = []
    let source: Int
    let sink: Int

    init(nodes: Int, source: Int, sink: Int) {
        head = Array(repeating: -1, count: nodes)
        self.source = source
        self.sink = sink
    }

    /// Adds an edge `from -> to` of `capacity` and returns its index.
    @discardableResult
    mutating func addEdge(from: Int, to target: Int, capacity: Int) -> Int {
        let edge = to.count
        to.append(target); residual.append(capacity); next.append(head[from]); head[from] = edge
        to.append(from); residual.append(0); next.append(head[target]); head[target] = edge + 1
        return edge
    }

    /// The flow on `edge` (the residual capacity of its reverse).
    func flow(on edge: Int) -> Int { residual[edge ^ 1] }

    /// Sets the capacity of `edge` to `capacity`, which must not be below its flow.
    mutating func setCapacity(of edge: Int, to capacity: Int) {
        let flow = residual[edge ^ 1]
        precondition(capacity >= flow, "a capacity below the flow already on the edge")
        residual[edge] = capacity - flow
    }

    /// Augments to a maximum flow from the current one and returns the flow added.
    @discardableResult
    mutating func augmentToMaximum() -> Int {
        var added = 0
        var level = [Int](repeating: -1, count: head.count)
        var cursor = head
        var queue = [Int](repeating: 0, count: head.count)
        while levelGraph(&level, &queue) {
            cursor = head
            while true {
                let pushed = push(from: source, limit: Int.max, &level, &cursor)
                if pushed == 0 { break }
                added += pushed
            }
        }
        return added
    }

    /// The nodes reachable from the source in the residual network without passing through
    /// the sink: a queue outside this set cannot receive more without another queue losing.
    func reachableFromSource() -> [Bool] {
        var seen = [Bool](repeating: false, count: head.count)
        var stack = [source]
        seen[source] = true
        while let node = stack.popLast() {
            if node == sink { continue }
            var edge = head[node]
            while edge >= 0 {
                let target = to[edge]
                if residual[edge] > 0, !seen[target] { seen[target] = true; stack.append(target) }
                edge = next[edge]
            }
        }
        return seen
    }

    private func levelGraph(_ level: inout [Int], _ queue: inout [Int]) -> Bool {
        for i in level.indices { level[i] = -1 }
        level[source] = 0
        queue[0] = source
        var read = 0, write = 1
        while read < write {
            let node = queue[read]; read += 1
            var edge = head[node]
            while edge >= 0 {
                let target = to[edge]
                if residual[edge] > 0, level[target] < 0 {
                    level[target] = level[node] + 1
                    queue[write] = target; write += 1
                }
                edge = next[edge]
            }
        }
        return level[sink] >= 0
    }

    private mutating func push(from node: Int, limit: Int, _ level: inout [Int], _ cursor: inout [Int]) -> Int {
        if node == sink { return limit }
        while cursor[node] >= 0 {
            let edge = cursor[node]
            let target = to[edge]
            if residual[edge] > 0, level[target] == level[node] + 1 {
                let pushed = push(from: target, limit: min(limit, residual[edge]), &level, &cursor)
                if pushed > 0 {
                    residual[edge] -= pushed
                    residual[edge ^ 1] += pushed
                    return pushed
                }
            }
            cursor[node] = next[edge]
        }
        level[node] = -1
        return 0
    }
}
