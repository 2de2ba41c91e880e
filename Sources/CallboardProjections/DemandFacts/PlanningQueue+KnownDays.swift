extension PlanningQueue {
    /// `queues` with their known days read from the demand facts read model.
    static func withKnownDays(_ queues: [PlanningQueue], in source: ReadModelSource) async throws -> [PlanningQueue] {
        let known = try await KnownDaysReader.read(queues: queues.map { ($0.queueID, $0.accountID) }, in: source)
        return queues.map { queue in
            var queue = queue
            queue.known = known[queue.queueID] ?? queue.known
            return queue
        }
    }
}
