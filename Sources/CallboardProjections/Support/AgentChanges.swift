import CallboardDomain
import DomainEventCoding
import EventStore

/// What one batch of agent events changes, folded in log order into one change per agent
/// and attribute, so each kind of change is written with a single statement.
///
/// The roster and the coverage read models both keep agent facts; they share this fold.
struct AgentChanges {
    /// A status an agent holds from a date on; a hire is a change to training.
    struct StatusChange {
        let agentID: AgentID
        let status: AgentStatus
        let effectiveOn: LocalDate
        /// The event's log position: orders two changes effective on the same day.
        let position: Int64
    }

    private(set) var hires: [AgentHired] = []
    /// Every status change of the batch, in log order.
    private(set) var statusChanges: [StatusChange] = []
    /// The site each transferred agent ends the batch at.
    private(set) var sites: [AgentID: SiteID] = [:]
    /// The languages each agent ends the batch with, where they changed.
    private(set) var languages: [AgentID: [LanguageSkill]] = [:]
    /// The channels each agent ends the batch with, where they changed.
    private(set) var skills: [AgentID: [Channel]] = [:]

    /// The stored type names this fold reads.
    static let eventTypes: Set<String> = Set(AgentEvent.payloadTypes.eventTypes)

    mutating func record(_ event: RecordedEvent) throws {
        record(try event.domainEvent(as: AgentEvent.self), at: event.position)
    }

    /// Records an event already decoded, recorded at log position `position`.
    mutating func record(_ event: AgentEvent, at position: Int64) {
        switch event {
        case let .hired(hire):
            hires.append(hire)
            statusChanges.append(StatusChange(
                agentID: hire.agentID, status: .training, effectiveOn: hire.hiredOn, position: position))
        case let .statusChanged(change):
            statusChanges.append(StatusChange(
                agentID: change.agentID, status: change.to, effectiveOn: change.effectiveOn, position: position))
        case let .transferred(transfer):
            sites[transfer.agentID] = transfer.toSite
        case let .languagesChanged(change):
            languages[change.agentID] = change.languages
        case let .skillsChanged(change):
            skills[change.agentID] = change.skills
        }
    }

    /// Each agent's last status change of the batch: the status it ends the batch in.
    var latestStatuses: [StatusChange] {
        var latest: [AgentID: StatusChange] = [:]
        for change in statusChanges { latest[change.agentID] = change }
        return Array(latest.values)
    }
}
