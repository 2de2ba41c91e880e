import CallboardDomain
import CallboardProjections
import Foundation

/// Who at a site is certified on which program, until when, and who is not and why:
/// `report certifications`.
public enum CertificationsDefinition: ReportDefinition {
    public static let name = "Certification"
    public static let summary = "Per agent (not left) and program enrolled on: stage, certified and expiry days, and the reason a scheduler would be refused."
    public static let parameters = [ReportParameter("site", required: true, example: "MNL", "The site id.")]

    public static let columns = [
        Column("agent_id", .text, "The agent."),
        Column("name", .text, "The agent's name."),
        Column("program_id", .text, "The training program."),
        Column("account_id", .text, "The program's client account."),
        Column("stage", .text, "certified, in training, nesting, failed, expired, revoked or recertify."),
        Column("certified_on", .date, nullable: true, "The day the agent was certified."),
        Column("expires_on", .date, nullable: true, "The first day the certification no longer holds."),
        Column("reason", .text, nullable: true, "Why a scheduler would be refused; null when certified."),
    ]

    public static var sample: CertificationsReport { CertificationsReport(siteID: "", at: Date(timeIntervalSince1970: 0)) }

    public static func rows(_ output: [ProgramStanding], _ context: RowContext) -> [[Cell]] {
        output.map { standing in
            [.text(standing.agentID.rawValue), .text(standing.name), .text(standing.programID.rawValue),
             .text(standing.accountID.rawValue), .text(standing.stage.word), .date(standing.certifiedOn),
             .date(standing.expiresOn), .optional(standing.reason)]
        }
    }
}
