import CallboardDomain
import CallboardImport

/// How the rows of one import kind meet what is already stored: which entities to read
/// first, the context each decision needs from them, and the references a row must resolve
/// that its decider does not check itself (an interval's queue must have been opened).
protocol ImportBinding: ImportFormat where Rules: StreamCategory {
    static var references: Set<KnownEntities.Kind> { get }
    static func context(for command: Rules.Command, in known: KnownEntities) -> Rules.Context
    static func unresolved(_ command: Rules.Command, in known: KnownEntities) -> [ColumnProblem]
    /// Records a state an accepted row produced where later rows' contexts read it (e.g. a
    /// program defined above, which a second account-wide program below must not overlook).
    static func learn(_ state: Rules.State, into known: inout KnownEntities)
}

extension ImportBinding {
    static var references: Set<KnownEntities.Kind> { [] }
    static func unresolved(_ command: Rules.Command, in known: KnownEntities) -> [ColumnProblem] { [] }
    static func learn(_ state: Rules.State, into known: inout KnownEntities) {}
}

extension ImportBinding where Rules.Context == Void {
    static func context(for command: Rules.Command, in known: KnownEntities) {}
}

extension KnownEntities {
    /// "Queue X has not been opened." in `column`, unless the queue is known.
    func requireQueue(_ queue: QueueID, column: String) -> [ColumnProblem] {
        queues[queue] == nil ? [ColumnProblem(QueueRejection.notOpened(queue), column: column)] : []
    }

    func requireAgent(_ agent: AgentID, column: String) -> [ColumnProblem] {
        agents[agent] == nil ? [ColumnProblem(AgentRejection.notHired(agent), column: column)] : []
    }

    func requireAccount(_ account: AccountID, column: String) -> [ColumnProblem] {
        accounts[account] == nil ? [ColumnProblem(ClientAccountRejection.notSigned(account), column: column)] : []
    }
}
