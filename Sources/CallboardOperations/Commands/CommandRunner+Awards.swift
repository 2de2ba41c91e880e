import CallboardDomain

extension SiteScorecard: StreamCategory { static let category = "scorecard" }
extension MonthlyAward: StreamCategory { static let category = "award" }
extension SiteScorecardRejection: DomainRejection {}
extension MonthlyAwardRejection: DomainRejection {}

/// The entry points of the monthly award's decisions: a site's scorecard settings, closing a
/// month, and the agent facts only a person records (disciplinary cases).
extension CommandRunner {
    /// Configuring a scorecard needs the site, whose clock says which month is current.
    public func run(_ command: ConfigureScorecard, source: String = "cli") async throws -> [SiteScorecardEvent] {
        try await run(SiteScorecard.self, command, source: source) { [store] in
            SiteScorecardContext(site: try await StreamLoader<Site>(store: store).state(of: .site(command.siteID)))
        }
    }

    /// Closing a month needs the site, on whose clock the month must be over.
    public func run(_ command: MonthlyAwardCommand, source: String = "cli") async throws -> [MonthlyAwardEvent] {
        try await run(MonthlyAward.self, command, source: source) { [store] in
            MonthlyAwardContext(site: try await StreamLoader<Site>(store: store).state(of: .site(command.siteID)))
        }
    }

    /// A quality fact or disciplinary case about an agent, who must have been hired (imports
    /// check the same through `KnownEntities`).
    public func run(_ command: AgentQualityCommand, source: String = "cli") async throws -> [AgentQualityEvent] {
        guard try await StreamLoader<Agent>(store: store).state(of: .agent(command.agentID)) != nil else {
            throw AgentRejection.notHired(command.agentID)
        }
        return try await run(AgentQuality.self, command, source: source) { () }
    }
}
