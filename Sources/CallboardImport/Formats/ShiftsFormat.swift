import CallboardDomain

/// `shifts.csv`: one row plans one shift in the local time of the agent's site.
public enum ShiftsFormat: ImportFormat {
    public typealias Rules = Schedule

    public static let kind = ImportKind.shifts
    public static let columns = ColumnSet(
        required: ["agent_id", "date", "start", "end", "queues"],
        optional: ["breaks", "start_occurrence", "end_occurrence", "shift_id"])

    static let fieldColumns = [
        "shiftID": "shift_id", "breaks.minutes": "breaks", "startOccurrence": "start_occurrence",
        "endOccurrence": "end_occurrence", "breaks.start": "breaks", "breaks.occurrence": "breaks",
    ]

    public static func commands(reading row: inout RowReader) -> [ShiftCommand]? {
        let agent = row.required("agent_id") { AgentID($0) }
        let date = row.required("date", FieldSyntax.date)
        let start = row.required("start", FieldSyntax.time)
        let end = row.required("end", FieldSyntax.time)
        let queues = row.required("queues") { FieldSyntax.list($0).map { QueueID($0) } }
        let breaks = row.optional("breaks") { text throws(FieldSyntaxError) in
            try FieldSyntax.list(text, FieldSyntax.shiftBreak)
        }
        let startOccurrence = row.optional("start_occurrence", FieldSyntax.occurrence)
        let endOccurrence = row.optional("end_occurrence", FieldSyntax.occurrence)
        guard let agent, let date, let start, let end, let queues, !row.hasProblems else { return nil }
        let shiftID = row.text("shift_id").isEmpty ? defaultShiftID(agent, date, start) : ShiftID(row.text("shift_id"))
        return [.plan(PlanShift(
            shiftID: shiftID, agentID: agent, queues: queues, date: date, start: start, end: end,
            breaks: breaks ?? [], startOccurrence: startOccurrence, endOccurrence: endOccurrence))]
    }

    /// `MNL-0042-2026-03-02-0800`: the agent, the local date and the start time, which
    /// together name a shift uniquely (an agent cannot start two shifts at once).
    public static func defaultShiftID(_ agent: AgentID, _ date: LocalDate, _ start: LocalTime) -> ShiftID {
        let clock = String(start.description.filter { $0 != ":" })
        return ShiftID("\(agent)-\(date)-\(clock)")
    }

    public static func problems(explaining rejection: ShiftRejection) -> [ColumnProblem] {
        switch rejection {
        case let .invalidFields(problems):
            problems.map { ColumnProblem($0, fieldColumns: fieldColumns) }
        case let .localTimeSkipped(field, _, _, _, _):
            [ColumnProblem(rejection, column: fieldColumns[field] ?? field)]
        case let .localTimeRepeated(_, _, _, _, _, occurrenceField):
            [ColumnProblem(rejection, column: fieldColumns[occurrenceField] ?? occurrenceField)]
        case .agentNotHired, .agentHasLeft, .siteNotOpened, .siteClosed:
            [ColumnProblem(rejection, column: "agent_id")]
        case .unknownQueues, .notCertified: [ColumnProblem(rejection, column: "queues")]
        case .endsBeforeStart, .tooLong: [ColumnProblem(rejection, column: "end")]
        case .breakOutsideShift, .breaksOverlap: [ColumnProblem(rejection, column: "breaks")]
        case .overlapsShift: [ColumnProblem(rejection, column: "start")]
        case .alreadyPlanned, .shiftNotFound, .alreadyCancelled: [ColumnProblem(rejection, column: "shift_id")]
        }
    }
}
