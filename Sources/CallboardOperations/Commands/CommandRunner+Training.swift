import CallboardDomain

/// Entry points for training programs and agents' certifications, each gathering the context
/// its decisions need.
extension CommandRunner {
    /// Defining a program needs its client account, that account's open queues and its programs.
    public func run(_ command: TrainingProgramCommand, source: String = "cli") async throws -> [TrainingProgramEvent] {
        try await run(TrainingProgram.self, command, source: source) { [store] in
            guard case let .define(define) = command else { return TrainingProgramContext() }
            let known = try await KnownEntities.load([.queues, .programs], from: store)
            return TrainingProgramContext(
                account: try await StreamLoader<ClientAccount>(store: store).state(of: .account(define.accountID)),
                accountQueues: known.openQueueIDs(of: define.accountID), accountPrograms: known.programs(of: define.accountID))
        }
    }

    /// Every certification step needs the program; enrolment and certifying also the agent,
    /// and certifying the agent's site, whose clock turns days into instants.
    public func run(_ command: CertificationCommand, source: String = "cli") async throws -> [CertificationEvent] {
        try await run(Certification.self, command, source: source) { [store] in
            let program = try await StreamLoader<TrainingProgram>(store: store).state(of: .program(command.programID))
            let agent = try await StreamLoader<Agent>(store: store).state(of: .agent(command.agentID))
            var site: SiteState?
            if let agent { site = try await StreamLoader<Site>(store: store).state(of: .site(agent.siteID)) }
            return CertificationContext(program: program, agent: agent, site: site)
        }
    }
}

extension KnownEntities {
    /// The open queues of `account`, which a program scoped to queues may name.
    func openQueueIDs(of account: AccountID) -> Set<QueueID> {
        Set(queues.values.filter { $0.accountID == account && !$0.isClosed }.map(\.id))
    }

    /// The programs of `account`, retired ones included, by id.
    func programs(of account: AccountID) -> [TrainingProgramState] {
        programs.values.filter { $0.accountID == account }.sorted { $0.id < $1.id }
    }

    /// What a program decision needs: the account, its open queues and its programs.
    func programContext(for command: TrainingProgramCommand) -> TrainingProgramContext {
        guard case let .define(define) = command else { return TrainingProgramContext() }
        return TrainingProgramContext(account: accounts[define.accountID], accountQueues: openQueueIDs(of: define.accountID),
                                      accountPrograms: programs(of: define.accountID))
    }

    /// What a certification decision needs: the program, the agent and the agent's site.
    func certificationContext(for command: CertificationCommand) -> CertificationContext {
        let agent = agents[command.agentID]
        return CertificationContext(program: programs[command.programID], agent: agent,
                                    site: agent.flatMap { sites[$0.siteID] })
    }
}
