import CallboardDomain
import CallboardImport

// The files that create entities: their decisions take the context of the entities they
// belong to, and the deciders check those references themselves.

extension SitesFormat: ImportBinding {}

extension AccountsFormat: ImportBinding {
    static func context(for command: ClientAccountCommand, in known: KnownEntities) -> ClientAccountContext {
        ClientAccountContext()
    }
}

/// A campaign's account is the stream it is recorded on (the decider refuses an unknown
/// account); a queue-specific campaign needs the queue's state, read once per file.
extension CampaignsFormat: ImportBinding {
    static var references: Set<KnownEntities.Kind> { [.queues] }

    static func context(for command: ClientAccountCommand, in known: KnownEntities) -> ClientAccountContext {
        guard case let .recordCampaign(campaign) = command, let queue = campaign.queueID else { return ClientAccountContext() }
        return ClientAccountContext(queue: known.queues[queue])
    }
}

extension QueuesFormat: ImportBinding {
    static var references: Set<KnownEntities.Kind> { [.accounts] }

    static func context(for command: QueueCommand, in known: KnownEntities) -> QueueContext {
        guard case let .open(open) = command else { return QueueContext() }
        return QueueContext(account: known.accounts[open.accountID])
    }
}

/// A closure's queue is the stream it is recorded on, so the queue decider refuses an
/// unknown queue itself; a closure needs nothing from the account.
extension QueueClosuresFormat: ImportBinding {
    static func context(for command: QueueCommand, in known: KnownEntities) -> QueueContext { QueueContext() }
}

extension AgentsFormat: ImportBinding {
    static var references: Set<KnownEntities.Kind> { [.sites] }

    static func context(for command: AgentCommand, in known: KnownEntities) -> AgentContext {
        switch command {
        case let .hire(hire): AgentContext(site: known.sites[hire.siteID])
        case let .transfer(_, destination, _): AgentContext(site: known.sites[destination])
        case .changeStatus, .changeLanguages, .changeSkills: AgentContext()
        }
    }
}

extension ShiftsFormat: ImportBinding {
    /// Programs and certifications are read once per file, so gating a big import costs
    /// two category reads, not one read per row.
    static var references: Set<KnownEntities.Kind> { [.sites, .agents, .queues, .programs, .certifications] }

    static func context(for command: ShiftCommand, in known: KnownEntities) -> ShiftContext {
        known.shiftContext(for: command)
    }
}
