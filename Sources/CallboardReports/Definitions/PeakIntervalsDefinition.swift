import CallboardDomain
import CallboardProjections
import Foundation

/// One queue's published season forecast per interval, in UTC and on the queue's clock, with
/// the agents to schedule: `report peak --intervals QUEUE`.
public enum PeakIntervalsDefinition: ReportDefinition {
    public static let name = "PeakInterval"
    public static let summary = "Per interval of one queue's season publication: P50, P90 and the agents to schedule."
    public static var parameters: [ReportParameter] {
        PeakForecastDefinition.parameters + [ReportParameter("queue", required: true, example: "tabula-voice-en-us", "The queue.")]
    }

    public static let columns = [
        Column("interval_start", .instant, "The interval's start."),
        Column("local_date", .date, "The interval's day on the queue's clock."),
        Column("weekday", .text, "Mon to Sun, on the queue's clock."),
        Column("local_time", .text, "The start on the queue's clock with its UTC offset, e.g. `09:30 -5`."),
        Column("p50", .decimal, unit: "contacts", "The forecast's median volume, to a tenth."),
        Column("p90", .decimal, unit: "contacts", "The forecast's 90th percentile, to a tenth."),
        Column("scheduled_agents", .integer, unit: "agents", "Agents to schedule for the interval."),
    ]

    public static var sample: PeakIntervalsReport { PeakIntervalsReport(season: PeakForecastDefinition.sample.season, queueID: "") }

    public static func rows(_ output: PeakIntervalsReport.Output, _ context: RowContext) -> [[Cell]] {
        let zone = output.timeZone.timeZone ?? .gmt
        return output.rows.map { row in
            let local = LocalDateTime(row.start, in: zone)
            return [.instant(row.start), .date(local.date), .text(local.date.weekday.abbreviation),
                    .text(clock(local.time, offsetSeconds: zone.secondsFromGMT(for: row.start))),
                    .rounded(row.p50), .rounded(row.p90), .integer(row.scheduledAgents)]
        }
    }

    /// `01:30 -5` (or `09:15 +5:45`): the wall-clock time and the UTC offset that tells apart
    /// a fall-back night's two 01:30s.
    static func clock(_ time: LocalTime, offsetSeconds: Int) -> String {
        let minutes = abs(offsetSeconds) / 60
        let offset = minutes % 60 == 0 ? "\(minutes / 60)" : "\(minutes / 60):\(minutes % 60 < 10 ? "0" : "")\(minutes % 60)"
        return "\(time) \(offsetSeconds < 0 ? "-" : "+")\(offset)"
    }
}
