import CallboardDomain
import CallboardProjections
import CapacityPlanning

/// Per site and day of a peak season: its agents, its share of the demand, what it was
/// allocated, and whether its seats hold its busiest interval: `report peak --sites`.
public enum PeakSitesDefinition: ReportDefinition {
    public static let name = "PeakSite"
    public static let summary = "Per site and day of a peak season: agents, capacity, demand share, allocation, gap and the seat check."
    public static var parameters: [ReportParameter] { PeakForecastDefinition.parameters }

    public static let columns = [
        Column("site_id", .text, "The site."),
        Column("day", .date, "The day."),
        Column("weekday", .text, "Mon to Sun."),
        Column("agents", .integer, unit: "agents", "The site's agents with time that day."),
        Column("capacity", .decimal, unit: "agents", "Their time in agents (more than agents with overtime), to a tenth."),
        Column("demand", .decimal, unit: "agents", "The site's share of the demand of the queues it can serve, to a tenth."),
        Column("allocated", .decimal, unit: "agents", "What the site was allocated, to a tenth."),
        Column("gap", .decimal, unit: "agents", "demand - allocated when positive, to a tenth."),
        Column("idle", .decimal, unit: "agents", "capacity - allocated when positive, to a tenth."),
        Column("seats", .integer, unit: "seats", nullable: true, "Seats at the site; null when unknown."),
        Column("seats_needed", .integer, unit: "seats",
               "The site's share of each queue's busiest interval, added over its queues (an upper bound)."),
        Column("seats_short", .integer, unit: "seats", nullable: true, "seats_needed - seats when positive; null when seats are unknown."),
    ]

    public static var sample: PeakReport { PeakForecastDefinition.sample }

    public static func rows(_ output: PeakOutlook, _ context: RowContext) -> [[Cell]] {
        output.siteDays.map { site in
            [.text(site.siteID), .date(site.day), .text(site.day.weekday.abbreviation), .integer(site.agents),
             .rounded(site.capacity), .rounded(site.demand), .rounded(site.allocated), .rounded(site.gap), .rounded(site.idle),
             .optional(site.seats), .integer(site.seatsNeeded), site.seats == nil ? .null : .integer(site.seatsShort)]
        }
    }
}
