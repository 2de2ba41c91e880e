import CallboardDomain

/// `intervals.csv`: one row reports one queue's contact figures for one UTC interval.
public enum IntervalsFormat: ImportFormat {
    public typealias Rules = ContactIntervals

    public static let kind = ImportKind.intervals
    public static let columns = ColumnSet(
        required: ["queue", "interval_start", "interval_minutes", "offered", "handled", "abandoned",
                   "answered_within_sla", "handle_seconds"],
        optional: ["short_abandoned"])

    static let fieldColumns = [
        "queueID": "queue", "start": "interval_start", "length": "interval_minutes",
        "shortAbandoned": "short_abandoned", "answeredWithinThreshold": "answered_within_sla",
        "handleSeconds": "handle_seconds",
    ]

    public static func commands(reading row: inout RowReader) -> [ContactIntervalReport]? {
        let queue = row.required("queue") { QueueID($0) }
        let start = row.required("interval_start", FieldSyntax.instant)
        let length = row.required("interval_minutes", FieldSyntax.intervalLength)
        let offered = row.required("offered", FieldSyntax.integer)
        let handled = row.required("handled", FieldSyntax.integer)
        let abandoned = row.required("abandoned", FieldSyntax.integer)
        let answered = row.required("answered_within_sla", FieldSyntax.integer)
        let handleSeconds = row.required("handle_seconds", FieldSyntax.integer)
        let shortAbandoned = row.optional("short_abandoned", FieldSyntax.integer)
        guard let queue, let start, let length, let offered, let handled, let abandoned, let answered,
              let handleSeconds, !row.hasProblems else { return nil }
        let figures = ContactIntervalFigures(
            offered: offered, handled: handled, abandoned: abandoned, shortAbandoned: shortAbandoned ?? 0,
            answeredWithinThreshold: answered, handleSeconds: handleSeconds)
        return [ContactIntervalReport(queueID: queue, start: start, length: length, figures: figures)]
    }

    /// An interval is reported once per file: its queue and UTC start.
    public static func rowKey(of commands: [ContactIntervalReport]) -> RowKey? {
        commands.first.map { RowKey(column: "interval_start", text: "\($0.queueID) \(EventJSON.format($0.start))") }
    }

    public static func problems(explaining rejection: IntervalRejection) -> [ColumnProblem] {
        switch rejection {
        case let .invalidFields(problems): problems.map { ColumnProblem($0, fieldColumns: fieldColumns) }
        case .lengthMismatch: [ColumnProblem(rejection, column: "interval_minutes")]
        }
    }
}
