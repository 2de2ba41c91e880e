import CallboardDomain

/// `queue-closures.csv`: one row records that a queue is closed for one whole local day on
/// its market's clock (a client's stocktake, a site event), though its hours say open.
public enum QueueClosuresFormat: ImportFormat {
    public typealias Rules = Queue

    public static let kind = ImportKind.queueClosures
    public static let columns = ColumnSet(required: ["queue", "date"], optional: ["reason"])

    static let fieldColumns = ["queueID": "queue", "queue": "queue", "on": "date", "reason": "reason"]

    public static func commands(reading row: inout RowReader) -> [QueueCommand]? {
        let queue = row.required("queue") { QueueID($0) }
        let day = row.required("date", FieldSyntax.date)
        guard let queue, let day, !row.hasProblems else { return nil }
        return [.recordClosure(queue: queue, on: day, reason: row.text("reason"))]
    }

    /// A queue's day is closed once per file: two rows for it (perhaps with two reasons) have
    /// no single right answer.
    public static func rowKey(of commands: [QueueCommand]) -> RowKey? {
        guard case let .recordClosure(queue, day, _)? = commands.first else { return nil }
        return RowKey(column: "date", text: "\(queue) \(day)")
    }

    public static func problems(explaining rejection: QueueRejection) -> [ColumnProblem] {
        switch rejection {
        case let .invalidFields(problems): problems.map { ColumnProblem($0, fieldColumns: fieldColumns) }
        case .closureAlreadyRecorded: [ColumnProblem(rejection, column: "reason")]
        case .noClosureRecorded: [ColumnProblem(rejection, column: "date")]
        case .alreadyOpened, .notOpened, .closed, .accountNotSigned, .accountOffboarded, .notInContract,
             .slaAlreadyScheduled, .dayAlreadyConfirmed, .dayRecordedClosed, .noDayConfirmed:
            [ColumnProblem(rejection, column: "queue")]
        }
    }
}
