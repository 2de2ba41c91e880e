import CallboardDomain

/// `agent-intervals.csv`: one row reports one agent's figures on one queue for one UTC
/// interval, the inputs of the monthly scorecard.
public enum AgentIntervalsFormat: ImportFormat {
    public typealias Rules = AgentIntervalStats

    public static let kind = ImportKind.agentIntervals
    public static let columns = ColumnSet(
        required: ["agent_id", "queue", "interval_start", "interval_minutes", "contacts_handled", "handle_seconds",
                   "first_contact_resolutions", "scheduled_seconds", "adherent_seconds"])

    static let fieldColumns = [
        "agentID": "agent_id", "queueID": "queue", "start": "interval_start", "length": "interval_minutes",
        "contactsHandled": "contacts_handled", "handleSeconds": "handle_seconds",
        "firstContactResolutions": "first_contact_resolutions", "scheduledSeconds": "scheduled_seconds",
        "adherentSeconds": "adherent_seconds",
    ]

    public static func commands(reading row: inout RowReader) -> [AgentIntervalStatsReport]? {
        let agent = row.required("agent_id") { AgentID($0) }
        let queue = row.required("queue") { QueueID($0) }
        let start = row.required("interval_start", FieldSyntax.instant)
        let length = row.required("interval_minutes", FieldSyntax.intervalLength)
        let handled = row.required("contacts_handled", FieldSyntax.integer)
        let handleSeconds = row.required("handle_seconds", FieldSyntax.integer)
        let resolutions = row.required("first_contact_resolutions", FieldSyntax.integer)
        let scheduled = row.required("scheduled_seconds", FieldSyntax.integer)
        let adherent = row.required("adherent_seconds", FieldSyntax.integer)
        guard let agent, let queue, let start, let length, let handled, let handleSeconds, let resolutions,
              let scheduled, let adherent, !row.hasProblems else { return nil }
        let figures = AgentIntervalFigures(
            contactsHandled: handled, handleSeconds: handleSeconds, firstContactResolutions: resolutions,
            scheduledSeconds: scheduled, adherentSeconds: adherent)
        return [AgentIntervalStatsReport(agentID: agent, queueID: queue, start: start, length: length, figures: figures)]
    }

    /// An agent's interval on a queue is reported once per file.
    public static func rowKey(of commands: [AgentIntervalStatsReport]) -> RowKey? {
        commands.first.map {
            RowKey(column: "interval_start", text: "\($0.agentID) on \($0.queueID) \(EventJSON.format($0.start))")
        }
    }

    public static func problems(explaining rejection: IntervalRejection) -> [ColumnProblem] {
        switch rejection {
        case let .invalidFields(problems): problems.map { ColumnProblem($0, fieldColumns: fieldColumns) }
        case .lengthMismatch: [ColumnProblem(rejection, column: "interval_minutes")]
        }
    }
}
