import CallboardDomain
import CallboardProjections
import Foundation

/// Certified headcount per queue that requires a training program, per language and site:
/// `report readiness` in the CLI, `/certified-headcount` in the API (certified agents under
/// pseudonyms there).
public enum ReadinessDefinition: ReportDefinition {
    public static let name = "CertifiedHeadcount"
    public static let summary = "Per queue requiring a training program and per site: agents certified, in training, nesting and expiring."

    public static let parameters = [
        ReportParameter("expiring_within_days", example: "30",
                        "The expiry window in days, 1 to 366 (default 30; the CLI's --expiring-within 30d)."),
    ]

    public static let columns = [
        Column("queue_id", .text, "The queue."),
        Column("account_id", .text, "The queue's client account."),
        Column("channel", .text, "voice, chat, email or social."),
        Column("language", .text, "The queue's language."),
        Column("program_id", .text, "The training program the queue requires."),
        Column("site_id", .text, "The site of the agents counted."),
        Column("certified", .integer, unit: "agents", "Agents (not left) speaking the language and certified on the program at judged_at."),
        Column("in_training", .integer, unit: "agents", "Agents in training on the program."),
        Column("nesting", .integer, unit: "agents", "Agents nesting on the program."),
        Column("expiring", .integer, unit: "agents", "Certified agents whose certification ends within the window."),
        Column("certified_agents", .list, "The certified agents: ids in the CLI, per-account pseudonyms in the API."),
    ]

    public static var sample: ReadinessReport { ReadinessReport(at: Date(timeIntervalSince1970: 0), expiringWithin: 0) }

    public static func rows(_ output: Readiness, _ context: RowContext) -> [[Cell]] {
        output.map { row in
            [.text(row.queueID.rawValue), .text(row.accountID.rawValue), .text(row.channel.rawValue),
             .text(row.language.rawValue), .text(row.programID.rawValue), .text(row.siteID.rawValue),
             .integer(row.certified), .integer(row.inTraining), .integer(row.nesting), .integer(row.expiring),
             .list(row.certifiedAgents.map { context.agentLabel($0.rawValue, row.accountID.rawValue) }.sorted())]
        }
    }

    /// The report's facts; the totals count distinct agents (one certified on several rows'
    /// queues counts once), so they are not the sums of the rows.
    public static func meta(judgedAt: Date, expiringWithinDays: Double, totals: ReadinessTotals) -> [(String, Cell)] {
        [("judged_at", .instant(judgedAt)), ("expiring_within_days", .decimal(expiringWithinDays)),
         ("queues", .integer(totals.queues)), ("sites", .integer(totals.sites)),
         ("certified_agents", .integer(totals.certified)), ("in_training_agents", .integer(totals.inTraining)),
         ("nesting_agents", .integer(totals.nesting)), ("expiring_agents", .integer(totals.expiring))]
    }
}
