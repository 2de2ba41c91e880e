import CallboardDomain
import CallboardProjections
import Foundation

/// The service level of an account's queues per local day and per month against the SLA in
/// force: `report sla` in the CLI, `/sla/daily` and `/sla/monthly` in the API.
public enum ServiceLevelDefinition: ReportDefinition {
    public static let name = "ServiceLevel"
    public static let summary = "Each queue's service level per local day and per month, against the SLA in force."

    public static let parameters = [
        ReportParameter("month", required: true, pattern: ReportParameter.monthPattern, example: "2026-11",
                        "The month, YYYY-MM, from 1900-01 to 9998-12 (the API's /sla/daily; the CLI's --month)."),
    ]

    public static let columns = [
        Column("queue_id", .text, "The queue."),
        Column("channel", .text, "voice, chat, email or social."),
        Column("period", .text, "A local day (YYYY-MM-DD), or a month (YYYY-MM) for the month's row."),
        Column("sla", .text, "The SLA in force, as contracts write it: `80/20` (80% answered within 20 s) or `24h` (first response within 24 hours)."),
        Column("sla_effective_from", .instant, "When that SLA took effect."),
        Column("offered", .integer, unit: "contacts", "Contacts offered."),
        Column("handled", .integer, unit: "contacts", "Contacts handled."),
        Column("abandoned", .integer, unit: "contacts", "Contacts abandoned."),
        Column("short_abandoned", .integer, unit: "contacts", "Abandoned within the SLA's short-abandon seconds (not counted against the SLA)."),
        Column("answered_within_threshold", .integer, unit: "contacts", "Answered (or first responded to) within the SLA's threshold."),
        Column("handle_seconds", .integer, unit: "seconds", "Handle time, summed."),
        Column("service_level", .ratio, nullable: true,
               "answered_within_threshold / (offered - short_abandoned), a fraction 0..1; null when no contact counts."),
        Column("sla_target", .ratio, "The share the SLA asks for, a fraction 0..1."),
        Column("sla_met", .boolean, nullable: true, "service_level >= sla_target; null when nothing was measured."),
        Column("abandon_rate", .ratio, nullable: true, "abandoned / offered, a fraction 0..1; null when nothing was offered."),
        Column("aht_seconds", .decimal, unit: "seconds", nullable: true, "Average handle time: handle_seconds / handled, to a tenth; null when nothing was handled."),
    ]

    public static var sample: SLAReport { SLAReport(accountID: "", month: LocalMonth(parsing: "2026-11")!) }

    public static func rows(_ output: ServiceLevelReport, _ context: RowContext) -> [[Cell]] {
        output.rows.map(row)
    }

    /// One queue's period under one SLA.
    public static func row(_ row: ServiceLevelRow) -> [Cell] {
        let figures = row.figures
        return [
            .text(row.queueID.rawValue), .text(row.channel.rawValue), .text(period(row.period)), .text(row.sla.description),
            .instant(row.slaEffectiveFrom), .integer(figures.offered), .integer(figures.handled),
            .integer(figures.abandoned), .integer(figures.shortAbandoned), .integer(figures.answeredWithinThreshold),
            .integer(figures.handleSeconds), .ratio(row.attainment.attained), .ratio(row.attainment.target),
            .optional(row.attainment.met), .ratio(row.abandonRate),
            .rounded(figures.handled > 0 ? Double(figures.handleSeconds) / Double(figures.handled) : nil),
        ]
    }

    public static func period(_ period: ServiceLevelRow.Period) -> String {
        switch period {
        case let .day(day): day.description
        case let .month(month): month.description
        }
    }

    /// The facts above the rows, alike in the CLI and the API.
    /// The report's facts; for a closed month (`callboard sla close`) the rows are the figures
    /// as closed, and `later_corrections` lists what was recorded about the month since.
    public static func meta(_ output: ServiceLevelReport) -> [(String, Cell)] {
        var meta: [(String, Cell)] = [
            ("account_id", .text(output.accountID.rawValue)), ("month", .text(output.month.description)),
            ("time_zone", .optional(output.timeZone?.rawValue)), ("closed", .boolean(output.closure != nil)),
        ]
        if let closure = output.closure {
            meta += [("closed_at", .instant(closure.closedAt)), ("closed_by", .text(closure.closedBy)),
                     ("closed_known_at", .instant(closure.knownAt)), ("closed_position", .text(closure.position)),
                     ("closed_fingerprint_matches", .boolean(closure.fingerprintMatches)),
                     ("later_corrections", .list(output.laterCorrections.map { row in
                         "\(row.queueID) \(period(row.period)): \(row.figures.answeredWithinThreshold)/\(row.figures.offered) in time"
                     }))]
        }
        return meta
    }
}
