import CallboardDomain

/// `queues.csv`: one row opens one queue for a signed client account.
public enum QueuesFormat: ImportFormat {
    public typealias Rules = Queue

    public static let kind = ImportKind.queues
    public static let columns = ColumnSet(
        required: ["queue_id", "account_id", "channel", "language", "timezone", "hours", "sla", "sla_effective_from"],
        optional: ["market"])

    static let fieldColumns = [
        "queueID": "queue_id", "accountID": "account_id", "timeZone": "timezone", "sla.percent": "sla",
        "sla.withinSeconds": "sla", "sla.shortAbandonSeconds": "sla", "sla.withinHours": "sla",
    ]

    public static func commands(reading row: inout RowReader) -> [QueueCommand]? {
        let account = row.required("account_id") { AccountID($0) }
        let channel = row.required("channel", FieldSyntax.channel)
        let hours = row.required("hours", FieldSyntax.hours)
        let sla = row.required("sla", FieldSyntax.serviceLevel)
        let effectiveFrom = row.required("sla_effective_from", FieldSyntax.instant)
        guard let account, let channel, let hours, let sla, let effectiveFrom, !row.hasProblems else { return nil }
        let market = row.text("market")
        return [.open(OpenQueue(
            queueID: QueueID(row.text("queue_id")), accountID: account, channel: channel,
            language: LanguageCode(row.text("language")), market: market.isEmpty ? nil : CountryCode(market),
            timeZone: TimeZoneID(row.text("timezone")), hours: hours, sla: sla, slaEffectiveFrom: effectiveFrom))]
    }

    public static func problems(explaining rejection: QueueRejection) -> [ColumnProblem] {
        switch rejection {
        case let .invalidFields(problems): problems.map { ColumnProblem($0, fieldColumns: fieldColumns) }
        case .accountNotSigned, .accountOffboarded: [ColumnProblem(rejection, column: "account_id")]
        case let .notInContract(_, field, _, _): [ColumnProblem(rejection, column: field)]
        case .slaAlreadyScheduled: [ColumnProblem(rejection, column: "sla_effective_from")]
        case .alreadyOpened, .notOpened, .closed, .closureAlreadyRecorded, .noClosureRecorded, .dayAlreadyConfirmed,
             .dayRecordedClosed, .noDayConfirmed:
            [ColumnProblem(rejection, column: "queue_id")]
        }
    }
}
