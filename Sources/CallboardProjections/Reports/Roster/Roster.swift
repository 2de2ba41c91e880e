import CallboardDomain

/// What `report roster` answers: a site and the agents who work there now.
public struct Roster: Sendable, Equatable {
    public let site: RosterSite
    /// Agents who have not left, live first, then nesting, training and on leave; by name.
    public let agents: [RosterAgent]
}

/// A site as the roster shows it.
public struct RosterSite: Sendable, Equatable {
    public let siteID: SiteID
    public let name: String
    public let country: CountryCode
    public let timeZone: TimeZoneID
    public let seats: Int
    public let languages: [LanguageCode]
    public let openedOn: LocalDate
    public let closedOn: LocalDate?
}

/// One agent on a site's roster.
public struct RosterAgent: Sendable, Equatable {
    public let agentID: AgentID
    public let name: String
    public let status: AgentStatus
    /// The effective date of the current status (the hire date for a new hire).
    public let statusSince: LocalDate
    public let hiredOn: LocalDate
    /// Strongest first, then by language code.
    public let languages: [LanguageSkill]
    public let skills: [Channel]
}
