import CallboardDomain

/// `agents.csv`: one row hires one agent at a site and, when `status` is given, moves them
/// through the lifecycle to that status on `status_on` (by default the hiring day).
public enum AgentsFormat: ImportFormat {
    public typealias Rules = Agent

    public static let kind = ImportKind.agents
    public static let columns = ColumnSet(
        required: ["agent_id", "site_id", "name", "hired_on", "languages", "skills"],
        optional: ["status", "status_on"])

    /// The reason recorded with status changes an import makes.
    public static let statusReason = "status given in the agents file"

    static let fieldColumns = ["agentID": "agent_id", "siteID": "site_id", "to": "site_id"]

    public static func commands(reading row: inout RowReader) -> [AgentCommand]? {
        let site = row.required("site_id") { SiteID($0) }
        let hiredOn = row.required("hired_on", FieldSyntax.date)
        let languages = row.required("languages") { text throws(FieldSyntaxError) in
            try FieldSyntax.list(text, FieldSyntax.languageSkill)
        }
        let skills = row.required("skills") { text throws(FieldSyntaxError) in
            try FieldSyntax.list(text, FieldSyntax.channel)
        }
        let status = row.optional("status", FieldSyntax.agentStatus)
        let statusOn = row.optional("status_on", FieldSyntax.date)
        if statusOn != nil, row.text("status").isEmpty { row.report("status_on", "is given without a status") }
        if let hiredOn, let statusOn, statusOn < hiredOn {
            row.report("status_on", "must not be before hired_on (\(hiredOn)), but was '\(statusOn)'")
        }
        guard let site, let hiredOn, let languages, let skills, !row.hasProblems else { return nil }
        let agent = AgentID(row.text("agent_id"))
        let hire = AgentCommand.hire(HireAgent(
            agentID: agent, siteID: site, name: row.text("name"),
            languages: languages, skills: skills, hiredOn: hiredOn))
        let moves = lifecyclePath(to: status ?? .training).map { next in
            AgentCommand.changeStatus(agent: agent, to: next, effectiveOn: statusOn ?? hiredOn, reason: statusReason)
        }
        return [hire] + moves
    }

    /// The shortest allowed walk from a new hire's status (training) to `target`, e.g.
    /// nesting then live: the file gives where an agent stands, not each step.
    static func lifecyclePath(to target: AgentStatus) -> [AgentStatus] {
        var paths: [AgentStatus: [AgentStatus]] = [.training: []]
        var frontier: [AgentStatus] = [.training]
        while let status = frontier.first, paths[target] == nil {
            frontier.removeFirst()
            for next in status.allowedNext where paths[next] == nil {
                paths[next] = paths[status, default: []] + [next]
                frontier.append(next)
            }
        }
        return paths[target] ?? []
    }

    public static func problems(explaining rejection: AgentRejection) -> [ColumnProblem] {
        switch rejection {
        case let .invalidFields(problems): problems.map { ColumnProblem($0, fieldColumns: fieldColumns) }
        case .siteNotOpened, .siteClosed: [ColumnProblem(rejection, column: "site_id")]
        case .illegalTransition: [ColumnProblem(rejection, column: "status")]
        case .alreadyHired, .notHired, .hasLeft, .alreadyAtSite: [ColumnProblem(rejection, column: "agent_id")]
        }
    }
}
