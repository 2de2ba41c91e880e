/// An agent joined the BPO at a site; new hires start in training.
public struct AgentHired: EventPayload {
    public static let eventType = "AgentHired"
    public let agentID: AgentID
    public let siteID: SiteID
    public let name: String
    public let languages: [LanguageSkill]
    public let skills: [Channel]
    public let hiredOn: LocalDate
    public var naturalKey: String { agentID.rawValue }
}

/// An agent moved to another stage of the lifecycle (see `AgentStatus`).
public struct AgentStatusChanged: EventPayload {
    public static let eventType = "AgentStatusChanged"
    public let agentID: AgentID
    public let from: AgentStatus
    public let to: AgentStatus
    public let effectiveOn: LocalDate
    public let reason: String
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, from.rawValue, to.rawValue, effectiveOn) }
}

/// An agent moved from one open site to another.
public struct AgentTransferred: EventPayload {
    public static let eventType = "AgentTransferred"
    public let agentID: AgentID
    public let fromSite: SiteID
    public let toSite: SiteID
    public let effectiveOn: LocalDate
    public var naturalKey: String { CallboardDomain.naturalKey(agentID, fromSite, toSite, effectiveOn) }
}

/// The languages an agent serves buyers in changed (all of them are listed).
public struct AgentLanguagesChanged: EventPayload {
    public static let eventType = "AgentLanguagesChanged"
    public let agentID: AgentID
    public let languages: [LanguageSkill]
    public let effectiveOn: LocalDate
    public var naturalKey: String {
        CallboardDomain.naturalKey(agentID, effectiveOn,
                                   languages.map { "\($0.language):\($0.proficiency.rawValue)" }.joined(separator: ","))
    }
}

/// The channels an agent works changed (all of them are listed).
public struct AgentSkillsChanged: EventPayload {
    public static let eventType = "AgentSkillsChanged"
    public let agentID: AgentID
    public let skills: [Channel]
    public let effectiveOn: LocalDate
    public var naturalKey: String {
        CallboardDomain.naturalKey(agentID, effectiveOn, skills.map(\.rawValue).joined(separator: ","))
    }
}
