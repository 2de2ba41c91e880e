import CallboardProjections

/// The columns the daily and monthly SLA exports share: one row per queue, period and SLA
/// in force (a period in which the SLA changed has a row for each, judged on its own).
enum ServiceLevelRows {
    static let columns = [
        "queue_id", "channel", "period", "sla", "sla_effective_from", "offered", "handled", "abandoned", "short_abandoned",
        "answered_within_threshold", "handle_seconds", "service_level", "sla_target", "sla_met", "abandon_rate", "aht_seconds",
    ]

    static func row(_ row: ServiceLevelRow, period: String, _ instants: inout InstantRenderer) -> [ExportValue] {
        let figures = row.figures
        return [
            .text(row.queueID.rawValue), .text(row.channel.rawValue), .text(period), .text(row.sla.description),
            .text(instants.render(row.slaEffectiveFrom)), .integer(figures.offered), .integer(figures.handled),
            .integer(figures.abandoned), .integer(figures.shortAbandoned), .integer(figures.answeredWithinThreshold),
            .integer(figures.handleSeconds), .optional(row.attainment.attained), .decimal(row.attainment.target),
            .optional(row.attainment.met), .optional(row.abandonRate),
            .optional(figures.handled > 0 ? Double(figures.handleSeconds) / Double(figures.handled) : nil),
        ]
    }
}
