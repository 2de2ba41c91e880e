import CallboardDomain
import CallboardProjections
import Foundation

/// Each queue interval's contact figures and service level against the SLA in force:
/// `/intervals` in the API, read page by page as a report (``IntervalFactsQuery``).
public enum IntervalsDefinition: ReportDefinition {
    public static let name = "Interval"
    public static let summary = "Each queue interval's contact figures and service level against the SLA in force."

    public static let parameters = [
        ReportParameter("from", required: true, pattern: ReportParameter.datePattern, example: "2026-11-01",
                        "The first local day, YYYY-MM-DD, on the `tz` clock."),
        ReportParameter("to", required: true, pattern: ReportParameter.datePattern, example: "2026-11-02",
                        "The last local day (inclusive), at most 400 days after from."),
        ReportParameter("queue", example: "ACME-V", "Only this queue of the account (404 for another)."),
        ReportParameter("limit", example: "100",
                        "Page size; without it the whole period streams."),
    ]

    public static let columns = [
        Column("queue_id", .text, "The queue."),
        Column("channel", .text, nullable: true, "voice, chat, email or social."),
        Column("interval_start", .instant, "The interval's start, on the reader's clock with its offset."),
        Column("interval_minutes", .integer, unit: "minutes", "The interval's length."),
        Column("offered", .integer, unit: "contacts", "Contacts offered."),
        Column("handled", .integer, unit: "contacts", "Contacts handled."),
        Column("abandoned", .integer, unit: "contacts", "Contacts abandoned."),
        Column("short_abandoned", .integer, unit: "contacts", "Abandoned within the SLA's short-abandon seconds."),
        Column("answered_within_threshold", .integer, unit: "contacts", "Answered (or first responded to) within the SLA's threshold."),
        Column("handle_seconds", .integer, unit: "seconds", "Handle time, summed."),
        Column("service_level", .ratio, nullable: true, "answered_within_threshold / (offered - short_abandoned), a fraction 0..1; null when no contact counts."),
        Column("sla", .text, nullable: true, "The SLA in force at the interval's start; null before the queue's first."),
        Column("sla_target", .ratio, nullable: true, "The share that SLA asks for, a fraction 0..1."),
        Column("sla_met", .boolean, nullable: true, "service_level >= sla_target; null when not judged."),
        Column("revision", .integer, "0 as first reported; the correction's revision after one."),
    ]

    public static var sample: IntervalFactsQuery {
        IntervalFactsQuery(queues: [], from: Date(timeIntervalSince1970: 0), to: Date(timeIntervalSince1970: 0), after: nil, limit: 1)
    }

    public static func rows(_ output: IntervalFactsQuery.Page, _ context: RowContext) -> [[Cell]] {
        output.facts.map { row($0, output.queues) }
    }

    public static func row(_ facts: IntervalFacts, _ queues: [QueueID: QueueProfile]) -> [Cell] {
        let queue = queues[facts.queueID]
        let sla = queue?.sla(at: facts.start)
        let attainment = sla.map { ServiceLevelAttainment(facts.figures, against: $0.sla) }
        let figures = facts.figures
        return [
            .text(facts.queueID.rawValue), .optional(queue?.channel.rawValue), .instant(facts.start),
            .integer(facts.minutes), .integer(figures.offered), .integer(figures.handled), .integer(figures.abandoned),
            .integer(figures.shortAbandoned), .integer(figures.answeredWithinThreshold), .integer(figures.handleSeconds),
            .ratio(figures.serviceLevel), .optional(sla?.description), .ratio(attainment?.target),
            .optional(attainment?.met), .integer(facts.revision),
        ]
    }
}
