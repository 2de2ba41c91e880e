/// What decisions need to know about an agent: where they work, what they can do, and
/// their lifecycle status. Shift planning receives it as context (no shifts after leaving).
public struct AgentState: Sendable, Equatable {
    public let id: AgentID
    public let name: String
    public internal(set) var siteID: SiteID
    public internal(set) var status: AgentStatus
    public internal(set) var languages: [LanguageSkill]
    public internal(set) var skills: [Channel]
    public let hiredOn: LocalDate

    init(_ hired: AgentHired) {
        id = hired.agentID
        name = hired.name
        siteID = hired.siteID
        status = .training
        languages = hired.languages
        skills = hired.skills
        hiredOn = hired.hiredOn
    }

    public var hasLeft: Bool { status == .left }
}
