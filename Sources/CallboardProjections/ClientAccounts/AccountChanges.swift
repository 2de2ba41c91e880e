import CallboardDomain
import DomainEventCoding
import EventStore
import Foundation

/// What one batch of account and queue events changes, folded in log order into one
/// change per account, queue and SLA instant.
struct AccountChanges {
    /// One entry of a queue's SLA timeline.
    struct SLAEntry {
        let queueID: QueueID
        let effectiveFrom: Date
        let sla: ServiceLevelAgreement
    }

    private(set) var signings: [AccountSigned] = []
    private(set) var offboardings: [AccountID: LocalDate] = [:]
    private(set) var openings: [QueueOpened] = []
    private(set) var closures: [QueueID: LocalDate] = [:]
    /// SLA entries by queue and instant; a later entry for the same instant replaces an
    /// earlier one, as in `ServiceLevelTimeline`.
    private var slaEntries: [String: SLAEntry] = [:]

    static let accountTypes: Set<String> = Set(ClientAccountEvent.payloadTypes.eventTypes)
    static let queueTypes: Set<String> = Set(QueueEvent.payloadTypes.eventTypes)

    var slas: [SLAEntry] { Array(slaEntries.values) }

    mutating func record(_ event: RecordedEvent) throws {
        if Self.accountTypes.contains(event.type) {
            switch try event.domainEvent(as: ClientAccountEvent.self) {
            case let .signed(signing): signings.append(signing)
            case let .offboarded(offboarding): offboardings[offboarding.accountID] = offboarding.offboardedOn
            case .campaignRecorded, .campaignWithdrawn: break
            }
            return
        }
        switch try event.domainEvent(as: QueueEvent.self) {
        case let .opened(opening):
            openings.append(opening)
            schedule(SLAEntry(queueID: opening.queueID, effectiveFrom: opening.slaEffectiveFrom, sla: opening.sla))
        case let .slaChanged(change):
            schedule(SLAEntry(queueID: change.queueID, effectiveFrom: change.effectiveFrom, sla: change.sla))
        case let .closed(closure):
            closures[closure.queueID] = closure.closedOn
        case .closureRecorded, .closureWithdrawn, .dayConfirmedReal, .dayConfirmationWithdrawn:
            break
        }
    }

    private mutating func schedule(_ entry: SLAEntry) {
        slaEntries["\(entry.queueID)|\(entry.effectiveFrom.timeIntervalSince1970)"] = entry
    }
}
