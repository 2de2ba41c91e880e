import CallboardDomain

/// `csat.csv`: one row records one customer satisfaction survey answer (score 1-5) about
/// a contact an agent handled. A survey without a `contact_id` stands for its own contact.
public enum CSATFormat: ImportFormat {
    public typealias Rules = AgentQuality

    public static let kind = ImportKind.csat
    public static let columns = ColumnSet(
        required: ["survey_id", "agent_id", "queue", "score", "answered_at"], optional: ["contact_id"])
    public static let uniqueColumn: String? = "survey_id"

    static let fieldColumns = ["agentID": "agent_id", "queueID": "queue", "contactID": "contact_id"]

    public static func commands(reading row: inout RowReader) -> [AgentQualityCommand]? {
        let survey = row.required("survey_id") { $0 }
        let agent = row.required("agent_id") { AgentID($0) }
        let queue = row.required("queue") { QueueID($0) }
        let score = row.required("score", FieldSyntax.integer)
        let answeredAt = row.required("answered_at", FieldSyntax.instant)
        guard let survey, let agent, let queue, let score, let answeredAt, !row.hasProblems else { return nil }
        let contact = row.text("contact_id").isEmpty ? survey : row.text("contact_id")
        return [.recordCSATSurvey(agent: agent, queue: queue, contactID: contact, score: score, at: answeredAt)]
    }

    public static func problems(explaining rejection: AgentQualityRejection) -> [ColumnProblem] {
        switch rejection {
        case let .invalidFields(problems): problems.map { ColumnProblem($0, fieldColumns: fieldColumns) }
        case .conflictsWithRecorded, .caseNotOpened, .closedBeforeOpened: [ColumnProblem(rejection, column: "contact_id")]
        }
    }
}
