import CallboardDomain
import CallboardProjections
import Foundation

/// Who works at a site: `report roster`.
public enum RosterDefinition: ReportDefinition {
    public static let name = "Roster"
    public static let summary = "Who works at a site: status, languages and channels (agents who left are not listed)."
    public static let parameters = [ReportParameter("site", required: true, example: "MNL", "The site id.")]

    public static let columns = [
        Column("agent_id", .text, "The agent."),
        Column("name", .text, "The agent's name."),
        Column("status", .text, "The agent's status (live, nesting, in training, on leave...)."),
        Column("status_since", .date, "The day the status began."),
        Column("hired_on", .date, "The day the agent was hired."),
        Column("languages", .json, "Proficiency by language, an object such as {\"en\":\"native\",\"tl\":\"fluent\"}."),
        Column("skills", .list, "The channels the agent handles."),
    ]

    public static var sample: RosterReport { RosterReport(siteID: "") }

    public static func rows(_ output: Roster, _ context: RowContext) -> [[Cell]] {
        output.agents.map { agent in
            [.text(agent.agentID.rawValue), .text(agent.name), .text(agent.status.name), .date(agent.statusSince.description),
             .date(agent.hiredOn.description), .labels(agent.languages.map { ($0.language.rawValue, $0.proficiency.rawValue) }),
             .list(agent.skills.map(\.rawValue))]
        }
    }

    public static func meta(_ output: Roster) -> [(String, Cell)] {
        [("site_id", .text(output.site.siteID.rawValue)), ("site_name", .text(output.site.name)),
         ("time_zone", .text(output.site.timeZone.rawValue)), ("seats", .integer(output.site.seats)),
         ("agents", .integer(output.agents.count))]
    }
}
