/// Which training program an agent must hold to work a queue: the one rule that shift
/// planning, coverage, awards eligibility and capacity planning all apply, so that they can
/// never disagree about who is certified for what.
///
/// A queue requires at most one program, among the programs in force (not retired, not
/// replaced by another program). A program scoped to the queue by name is more specific than
/// one covering the whole client account, so it wins; among equally specific programs the one
/// defined first wins (a later one does not silently take over: new definitions are refused,
/// but streams recorded before that rule may hold two), then the lowest id, so the answer
/// never depends on reading order. A queue no program covers is open to every agent who
/// speaks its language.
public enum RequiredProgram {
    /// The program `queue` requires among `programs` (any account's; others are ignored).
    public static func `for`(_ queue: QueueState, among programs: some Sequence<TrainingProgramState>) -> TrainingProgramState? {
        inForce(programs).filter { $0.covers(queue) }.min { specificity($0, $1) }
    }

    /// The programs of `programs` in force: neither retired nor replaced by another of them.
    public static func inForce(_ programs: some Sequence<TrainingProgramState>) -> [TrainingProgramState] {
        let all = Array(programs)
        let replaced = Set(all.compactMap(\.replaces))
        return all.filter { $0.retiredOn == nil && !replaced.contains($0.id) }
    }

    /// For every queue in `queues`, the program it requires; queues requiring none are absent.
    public static func byQueue(
        _ queues: some Sequence<QueueState>, among programs: some Collection<TrainingProgramState>
    ) -> [QueueID: TrainingProgramState] {
        var required: [QueueID: TrainingProgramState] = [:]
        let inForce = inForce(programs)
        for queue in queues {
            if let program = self.for(queue, among: inForce) { required[queue.id] = program }
        }
        return required
    }

    /// Whether `lhs` should be preferred to `rhs`: queue-scoped before account-wide, then the
    /// one defined first, then by id.
    private static func specificity(_ lhs: TrainingProgramState, _ rhs: TrainingProgramState) -> Bool {
        let lhsScoped = !lhs.scope.queues.isEmpty, rhsScoped = !rhs.scope.queues.isEmpty
        if lhsScoped != rhsScoped { return lhsScoped }
        return (lhs.definedOn, lhs.id.rawValue) < (rhs.definedOn, rhs.id.rawValue)
    }
}
