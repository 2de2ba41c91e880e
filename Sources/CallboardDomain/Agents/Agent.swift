/// The business rules of an agent's employment: hiring at an open site, moving through the
/// status lifecycle (see `AgentStatus`), transfers between open sites, language and skill
/// changes. Once an agent has left, nothing more changes.
public enum Agent: Decider {
    public static func streamID(for command: AgentCommand) -> StreamID { .agent(command.agentID) }

    public static func evolve(_ state: AgentState?, _ event: AgentEvent) -> AgentState {
        if case let .hired(hired) = event { return AgentState(hired) }
        guard var agent = state else { preconditionFailure("agent stream does not start with AgentHired") }
        switch event {
        case .hired: break
        case let .statusChanged(change): agent.status = change.to
        case let .transferred(transfer): agent.siteID = transfer.toSite
        case let .languagesChanged(change): agent.languages = change.languages
        case let .skillsChanged(change): agent.skills = change.skills
        }
        return agent
    }

    public static func decide(
        _ command: AgentCommand, state: AgentState?, context: AgentContext = AgentContext()
    ) throws(AgentRejection) -> [AgentEvent] {
        let outOfRange = CommandValues.problems(in: command)
        guard outOfRange.isEmpty else { throw .invalidFields(outOfRange) }
        if case let .hire(hire) = command { return try hiring(hire, state, context.site) }
        guard let agent = state else { throw .notHired(command.agentID) }
        guard !agent.hasLeft else { throw .hasLeft(agent.id) }
        switch command {
        case .hire:
            return []
        case let .changeStatus(_, to, effectiveOn, reason):
            guard agent.status.canChange(to: to) else {
                throw .illegalTransition(agent.id, from: agent.status, to: to)
            }
            return [.statusChanged(.init(agentID: agent.id, from: agent.status, to: to,
                                         effectiveOn: effectiveOn, reason: reason))]
        case let .transfer(_, destination, effectiveOn):
            guard destination != agent.siteID else { throw .alreadyAtSite(agent.id, destination) }
            try requireOpen(destination, context.site)
            return [.transferred(.init(agentID: agent.id, fromSite: agent.siteID, toSite: destination,
                                       effectiveOn: effectiveOn))]
        case let .changeLanguages(_, languages, effectiveOn):
            var checks = FieldChecks()
            checks.requireLanguageSkills(languages, "languages")
            guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
            let sorted = languages.sorted { $0.language < $1.language }
            guard sorted != agent.languages else { return [] }
            return [.languagesChanged(.init(agentID: agent.id, languages: sorted, effectiveOn: effectiveOn))]
        case let .changeSkills(_, skills, effectiveOn):
            var checks = FieldChecks()
            checks.requireDistinctNonEmpty(skills, "skills")
            guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
            guard skills.sorted() != agent.skills else { return [] }
            return [.skillsChanged(.init(agentID: agent.id, skills: skills.sorted(), effectiveOn: effectiveOn))]
        }
    }

    private static func hiring(
        _ hire: HireAgent, _ state: AgentState?, _ site: SiteState?
    ) throws(AgentRejection) -> [AgentEvent] {
        guard state == nil else { throw .alreadyHired(hire.agentID) }
        var checks = FieldChecks()
        checks.requireIdentifier(hire.agentID, "agentID")
        checks.requireText(hire.name, "name")
        checks.requireLanguageSkills(hire.languages, "languages")
        checks.requireDistinctNonEmpty(hire.skills, "skills")
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        try requireOpen(hire.siteID, site)
        return [.hired(.init(
            agentID: hire.agentID, siteID: hire.siteID, name: hire.name,
            languages: hire.languages.sorted { $0.language < $1.language },
            skills: hire.skills.sorted(), hiredOn: hire.hiredOn))]
    }

    private static func requireOpen(_ siteID: SiteID, _ site: SiteState?) throws(AgentRejection) {
        guard let site, site.id == siteID else { throw .siteNotOpened(siteID) }
        guard !site.isClosed else { throw .siteClosed(siteID) }
    }
}
