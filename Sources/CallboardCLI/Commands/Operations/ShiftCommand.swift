import CallboardReports
import ArgumentParser
import CallboardDomain
import CallboardImport

/// `callboard shift ...`: plan shifts in the local time of the agent's site, cancel and list them.
struct ShiftCLICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shift",
        abstract: "Plan, cancel and list an agent's shifts.",
        discussion: """
            Shifts are planned in the local time of the agent's site; an end at or before the start \
            ends the next day. A local time that happens twice when clocks fall back needs \
            --start-occurrence or --end-occurrence; one that never happens is refused.
            """,
        subcommands: [Plan.self, Cancel.self, List.self]
    )

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "plan", abstract: "Plan a shift for an agent.")

        @Option(help: "The agent id.") var agent: String
        @Option(help: "The local day the shift starts, YYYY-MM-DD.", transform: FieldSyntax.date) var date: LocalDate
        @Option(help: "Local start, HH:MM.", transform: FieldSyntax.time) var start: LocalTime
        @Option(help: "Local end, HH:MM.", transform: FieldSyntax.time) var end: LocalTime
        @Option(parsing: .upToNextOption, help: "The queues worked, e.g. TAB-VOICE-EN-US TAB-EMAIL-EN.") var queues: [String]
        @Option(name: .customLong("break"), help: "A break as local start+minutes, e.g. 12:00+30 (repeatable).",
                transform: FieldSyntax.shiftBreak)
        var breaks: [ShiftBreak] = []
        @Option(help: "earlier or later, for a start time that happens twice.", transform: FieldSyntax.occurrence)
        var startOccurrence: Occurrence?
        @Option(help: "earlier or later, for an end time that happens twice.", transform: FieldSyntax.occurrence)
        var endOccurrence: Occurrence?
        @Option(help: "The shift id (default AGENT-DATE-HHMM).") var id: String?

        func run() async throws {
            let agentID = AgentID(agent)
            let plan = PlanShift(
                shiftID: id.map { ShiftID($0) } ?? ShiftsFormat.defaultShiftID(agentID, date, start), agentID: agentID,
                queues: queues.map { QueueID($0) }, date: date, start: start, end: end, breaks: breaks,
                startOccurrence: startOccurrence, endOccurrence: endOccurrence)
            try await OperationRun.record(source: "cli:shift plan") { try await $0.run(ShiftCommand.plan(plan)) }
        }
    }

    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "cancel", abstract: "Cancel a planned shift.")

        @Option(help: "The agent id.") var agent: String
        @Argument(help: "The shift id, as `shift list` shows it.") var shift: String
        @Option(help: "Why the shift is called off.") var reason: String

        func run() async throws {
            let command = ShiftCommand.cancel(agent: AgentID(agent), shift: ShiftID(shift), reason: reason)
            try await OperationRun.record(source: "cli:shift cancel") { try await $0.run(command) }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List an agent's shifts, earliest first.")

        @Option(help: "The agent id.") var agent: String
        @Option(help: "table, csv or json.") var format: OutputFormat = .table

        func run() async throws {
            let agentID = AgentID(agent)
            try await OperationRun.list(format) { listings in
                _ = try await listings.agent(agentID)
                let schedule = try await listings.schedule(of: agentID)
                let rows: [[Cell]] = schedule.shifts.values.sorted { $0.start < $1.start }.map { shift in
                    [.text(shift.shiftID.rawValue), .text(shift.localStart.date.description),
                     .text(shift.localStart.time.description), .text(shift.localEnd.time.description),
                     .text(shift.timeZone.rawValue), .list(shift.queues.map(\.rawValue)),
                     .integer(shift.breaks.reduce(0) { $0 + $1.minutes }),
                     .decimal(Double(shift.workedSeconds) / 3_600),
                     .text(schedule.cancelled.contains(shift.shiftID) ? "cancelled" : "planned")]
                }
                return OutputTable(columns: ["shift_id", "date", "start", "end", "timezone", "queues", "break_minutes",
                                             "worked_hours", "status"], rows: rows,
                                   detailColumns: ["timezone", "break_minutes", "worked_hours"])
            }
        }
    }
}
