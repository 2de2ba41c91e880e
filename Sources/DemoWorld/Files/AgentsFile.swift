/// The `agents` import file: every agent ever hired at the sites, with languages and
/// proficiency, channel skills and current status since when.
enum AgentsFile {
    static func make(_ roster: [RosterAgent]) -> DemoFile {
        var writer = CSVWriter(header: ["agent_id", "site_id", "name", "hired_on", "languages", "skills", "status",
                                        "status_on"], reservingRows: roster.count, bytesPerRow: 100)
        for agent in roster {
            writer.text(agent.id)
            writer.text(agent.site.id)
            writer.text(agent.name)
            writer.date(agent.hiredOn)
            writer.list(agent.languages.map { "\($0.code):\($0.proficiency)" })
            writer.list(agent.skills.map(\.rawValue))
            writer.text(agent.status.rawValue)
            writer.date(agent.statusOn)
            writer.endRow()
        }
        return DemoFile(kind: .agents, fileName: "agents.csv", csvText: writer.csvText, rowCount: writer.rowCount)
    }
}
