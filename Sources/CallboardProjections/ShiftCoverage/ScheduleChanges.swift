import CallboardDomain
import DomainEventCoding
import EventStore

/// What one batch of schedule events changes: each shift touched ends the batch either
/// planned (to be written) or cancelled (to be removed), whatever the order of its events.
struct ScheduleChanges {
    /// A shift's identity: shift ids are unique per agent.
    struct ShiftKey: Hashable {
        let agentID: AgentID
        let shiftID: ShiftID
    }

    /// Planned shifts by key; a cancelled one maps to nil.
    private var outcome: [ShiftKey: ShiftPlanned?] = [:]

    static let eventTypes: Set<String> = Set(ShiftEvent.payloadTypes.eventTypes)

    mutating func record(_ event: RecordedEvent) throws {
        switch try event.domainEvent(as: ShiftEvent.self) {
        case let .planned(shift):
            try CoverableShift.check(shift)
            outcome[ShiftKey(agentID: shift.agentID, shiftID: shift.shiftID)] = .some(shift)
        case let .cancelled(cancellation):
            outcome[ShiftKey(agentID: cancellation.agentID, shiftID: cancellation.shiftID)] = .some(nil)
        }
    }

    /// Shifts planned and still standing at the end of the batch.
    var planned: [ShiftPlanned] { outcome.values.compactMap { $0 } }

    /// Shifts whose last event in the batch cancels them.
    var cancelled: [ShiftKey] { outcome.filter { $0.value == nil }.map(\.key) }
}
