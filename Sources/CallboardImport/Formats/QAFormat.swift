import CallboardDomain

/// `qa.csv`: one row records one QA evaluation of an agent's contact (score 0-100).
public enum QAFormat: ImportFormat {
    public typealias Rules = AgentQuality

    public static let kind = ImportKind.qa
    public static let columns = ColumnSet(
        required: ["evaluation_id", "agent_id", "queue", "evaluator", "score", "evaluated_at"])
    public static let uniqueColumn: String? = "evaluation_id"

    static let fieldColumns = ["agentID": "agent_id", "queueID": "queue"]

    public static func commands(reading row: inout RowReader) -> [AgentQualityCommand]? {
        let evaluation = row.required("evaluation_id") { $0 }
        let agent = row.required("agent_id") { AgentID($0) }
        let queue = row.required("queue") { QueueID($0) }
        let score = row.required("score", FieldSyntax.number)
        let evaluatedAt = row.required("evaluated_at", FieldSyntax.instant)
        guard evaluation != nil, let agent, let queue, let score, let evaluatedAt, !row.hasProblems else { return nil }
        return [.recordQAEvaluation(agent: agent, queue: queue, evaluator: row.text("evaluator"), score: score,
                                    at: evaluatedAt)]
    }

    public static func problems(explaining rejection: AgentQualityRejection) -> [ColumnProblem] {
        switch rejection {
        case let .invalidFields(problems): problems.map { ColumnProblem($0, fieldColumns: fieldColumns) }
        case .conflictsWithRecorded, .caseNotOpened, .closedBeforeOpened: [ColumnProblem(rejection, column: "score")]
        }
    }
}
