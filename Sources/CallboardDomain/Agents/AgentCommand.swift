/// What HR, a team lead or an import asks to happen to an agent.
public enum AgentCommand: Sendable, Equatable {
    /// Hire at `site`; the context must carry that site's state.
    case hire(HireAgent)
    case changeStatus(agent: AgentID, to: AgentStatus, effectiveOn: LocalDate, reason: String)
    /// Move to site `to`; the context must carry that site's state.
    case transfer(agent: AgentID, to: SiteID, effectiveOn: LocalDate)
    case changeLanguages(agent: AgentID, languages: [LanguageSkill], effectiveOn: LocalDate)
    case changeSkills(agent: AgentID, skills: [Channel], effectiveOn: LocalDate)

    public var agentID: AgentID {
        switch self {
        case let .hire(hire): hire.agentID
        case let .changeStatus(agent, _, _, _), let .transfer(agent, _, _),
             let .changeLanguages(agent, _, _), let .changeSkills(agent, _, _): agent
        }
    }
}

/// The request to hire an agent at a site.
public struct HireAgent: Sendable, Equatable {
    public var agentID: AgentID
    public var siteID: SiteID
    public var name: String
    public var languages: [LanguageSkill]
    public var skills: [Channel]
    public var hiredOn: LocalDate

    public init(agentID: AgentID, siteID: SiteID, name: String, languages: [LanguageSkill],
                skills: [Channel], hiredOn: LocalDate) {
        self.agentID = agentID
        self.siteID = siteID
        self.name = name
        self.languages = languages
        self.skills = skills
        self.hiredOn = hiredOn
    }
}

/// What an agent decision needs from other streams: the state of the site the command
/// names (the hiring site or the transfer destination); nil when that site was never opened.
public struct AgentContext: Sendable {
    public var site: SiteState?

    public init(site: SiteState? = nil) { self.site = site }
}
