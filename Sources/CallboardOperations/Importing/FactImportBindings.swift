import CallboardDomain
import CallboardImport

// The files of facts about existing entities (interval figures, quality): their deciders
// need no context, so the import checks that the agents, queues and accounts they name exist.

extension IntervalsFormat: ImportBinding {
    static var references: Set<KnownEntities.Kind> { [.queues] }

    static func unresolved(_ report: ContactIntervalReport, in known: KnownEntities) -> [ColumnProblem] {
        known.requireQueue(report.queueID, column: "queue")
    }
}

extension AgentIntervalsFormat: ImportBinding {
    static var references: Set<KnownEntities.Kind> { [.agents, .queues] }

    static func unresolved(_ report: AgentIntervalStatsReport, in known: KnownEntities) -> [ColumnProblem] {
        known.requireAgent(report.agentID, column: "agent_id") + known.requireQueue(report.queueID, column: "queue")
    }
}

extension QAFormat: ImportBinding {
    static var references: Set<KnownEntities.Kind> { [.agents, .queues] }

    static func unresolved(_ command: AgentQualityCommand, in known: KnownEntities) -> [ColumnProblem] {
        known.qualityReferences(command)
    }
}

extension CSATFormat: ImportBinding {
    static var references: Set<KnownEntities.Kind> { [.agents, .queues] }

    static func unresolved(_ command: AgentQualityCommand, in known: KnownEntities) -> [ColumnProblem] {
        known.qualityReferences(command)
    }
}

extension CommendationsFormat: ImportBinding {
    static var references: Set<KnownEntities.Kind> { [.agents, .accounts] }

    static func unresolved(_ command: AgentQualityCommand, in known: KnownEntities) -> [ColumnProblem] {
        known.qualityReferences(command)
    }
}

extension KnownEntities {
    /// The agent of a quality fact, and its queue or client account, must exist.
    fileprivate func qualityReferences(_ command: AgentQualityCommand) -> [ColumnProblem] {
        let agent = requireAgent(command.agentID, column: "agent_id")
        switch command {
        case let .recordQAEvaluation(_, queue, _, _, _), let .recordCSATSurvey(_, queue, _, _, _):
            return agent + requireQueue(queue, column: "queue")
        case let .recordCommendation(_, account, _, _):
            return agent + requireAccount(account, column: "account_id")
        case .openDisciplinaryCase, .closeDisciplinaryCase:
            return agent
        }
    }
}
