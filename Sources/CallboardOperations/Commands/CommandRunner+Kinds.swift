import CallboardDomain

/// One entry point per stream kind, each gathering the context its decisions need.
extension CommandRunner {
    public func run(_ command: SiteCommand, source: String = "cli") async throws -> [SiteEvent] {
        try await run(Site.self, command, source: source) { () }
    }

    /// Hiring and transfers need the state of the site they name.
    public func run(_ command: AgentCommand, source: String = "cli") async throws -> [AgentEvent] {
        let site: SiteID? = switch command {
        case let .hire(hire): hire.siteID
        case let .transfer(_, destination, _): destination
        case .changeStatus, .changeLanguages, .changeSkills: nil
        }
        return try await run(Agent.self, command, source: source) { [store] in
            guard let site else { return AgentContext() }
            return AgentContext(site: try await StreamLoader<Site>(store: store).state(of: .site(site)))
        }
    }

    /// A queue-specific campaign needs the state of the queue it names.
    public func run(_ command: ClientAccountCommand, source: String = "cli") async throws -> [ClientAccountEvent] {
        try await run(ClientAccount.self, command, source: source) { [store] in
            guard case let .recordCampaign(campaign) = command, let queue = campaign.queueID else { return ClientAccountContext() }
            return ClientAccountContext(queue: try await StreamLoader<Queue>(store: store).state(of: .queue(queue)))
        }
    }

    /// Opening a queue needs the state of its client account.
    public func run(_ command: QueueCommand, source: String = "cli") async throws -> [QueueEvent] {
        try await run(Queue.self, command, source: source) { [store] in
            guard case let .open(open) = command else { return QueueContext() }
            return QueueContext(account: try await StreamLoader<ClientAccount>(store: store).state(of: .account(open.accountID)))
        }
    }

    /// Planning needs the agent, the agent's current site, the open queues, the programs they
    /// require and the agent's certifications on those programs (read stream by stream).
    public func run(_ command: ShiftCommand, source: String = "cli") async throws -> [ShiftEvent] {
        try await run(Schedule.self, command, source: source) { [store] in
            guard case let .plan(plan) = command else { return ShiftContext() }
            var known = try await KnownEntities.load([.queues, .programs], from: store)
            let agent = try await StreamLoader<Agent>(store: store).state(of: .agent(command.agentID))
            if let agent {
                known.agents[agent.id] = agent
                known.sites[agent.siteID] = try await StreamLoader<Site>(store: store).state(of: .site(agent.siteID))
            }
            let programs = Set(plan.queues.compactMap { known.requiredPrograms[$0]?.id })
            let records = try await StreamLoader<Certification>(store: store)
                .load(Set(programs.map { .certification(command.agentID, $0) }))
            for record in records.values.compactMap(\.state) {
                known.certifications[record.agentID, default: [:]][record.programID] = record
            }
            return known.shiftContext(for: command)
        }
    }

    /// Issuing a token needs the state of the account it reads.
    public func run(_ command: ApiTokenCommand, source: String = "cli") async throws -> [ApiTokenEvent] {
        try await run(ApiToken.self, command, source: source) { [store] in
            guard case let .issue(issue) = command else { return ApiTokenContext() }
            return ApiTokenContext(account: try await StreamLoader<ClientAccount>(store: store).state(of: .account(issue.accountID)))
        }
    }
}
