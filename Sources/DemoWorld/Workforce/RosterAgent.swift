import CivilCalendar

/// One agent of the demo world, with everything the files say about them (site, languages,
/// skills, status) and what the generator needs to keep their facts consistent: the team
/// and queues they work, their weekly pattern, how good they are, and when they handled
/// live contacts.
struct RosterAgent: Sendable {
    /// A language and how well the agent speaks it (`native`, `fluent`, `working`).
    struct SpokenLanguage: Sendable {
        let code: String
        let proficiency: String
    }

    let id: String
    let site: SiteProfile
    let name: String
    let givenName: String
    let hiredOn: LocalDate
    let status: AgentStatus
    let statusOn: LocalDate
    let languages: [SpokenLanguage]
    let skills: [Channel]
    let team: TeamPlan
    /// The queues the agent works, main queue first.
    let queues: [QueueProfile]
    let pattern: WorkPattern
    let traits: AgentTraits
    /// First day on live contacts (the start of nesting); nil while still in training.
    let contactsFrom: LocalDate?
    /// The day the agent stopped taking contacts (leave or leaving), nil while working.
    let contactsUntil: LocalDate?

    /// Whether the agent took contacts on `date`.
    func handlesContacts(on date: LocalDate) -> Bool {
        guard let from = contactsFrom, date >= from else { return false }
        return contactsUntil.map { date < $0 } ?? true
    }
}
