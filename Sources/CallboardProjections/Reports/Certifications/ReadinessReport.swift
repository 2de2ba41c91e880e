import CallboardDomain
import Foundation
import Projections

/// `report readiness --site S | --account A`: for each queue that requires a training
/// program, per site, how many agents who speak the queue's language are certified on the
/// program at an instant, how many are in training or nesting for it, and how many of the
/// certified expire within the window. The capacity forecast (certified agents per queue)
/// and the clients' export (certified headcount by queue, language and site) read the same
/// figures through this query.
///
/// Every such queue appears at every site in scope, with zeros where nobody is certified
/// (the sites in scope: the given site, or else every site where an agent holds a standing
/// on one of the programs read, or every site with agents when nobody does), and the totals count distinct agents (``ReadinessTotals``).
public struct ReadinessReport: ReportQuery {
    public let siteID: SiteID?
    public let accountID: AccountID?
    public let instant: Date
    public let expiringWithin: TimeInterval

    /// Readiness at one site, of one account, or both; `expiringWithin` in seconds (default 30 days).
    /// Read live, `instant` must be now or later (a later instant applies the expiries known
    /// now): the read model keeps only each agent's latest training cycle, so an earlier
    /// instant's training stages come from `ReportReader.asOf`, which replays the log.
    public init(siteID: SiteID? = nil, accountID: AccountID? = nil, at instant: Date,
                expiringWithin: TimeInterval = 30 * 86_400) {
        self.siteID = siteID
        self.accountID = accountID
        self.instant = instant
        self.expiringWithin = expiringWithin
    }

    public var readModels: [any Projection] {
        [SiteRosterProjection(), ClientAccountsProjection(), CertificationsProjection()]
    }

    public func read(from source: ReadModelSource) async throws -> Readiness {
        if let siteID { _ = try await RosterReport(siteID: siteID).site(source) }
        let queues = try await ProgramQueue.read(account: accountID, in: source)
        let standings = try await ProgramStandings.read(site: siteID, account: accountID, at: instant, in: source)
        let sites = try await scope(standings, source)
        var rows: [QueueReadiness] = []
        var totals = ReadinessTotals.Tally()
        for queue in queues {
            let speakers = standings.filter { $0.programID == queue.programID && $0.languages.contains(queue.language) }
            for site in sites {
                let here = speakers.filter { $0.siteID == site }
                let certified = here.filter { if case .certified = $0.stage { true } else { false } }
                let inTraining = here.filter { if case .inTraining = $0.stage { true } else { false } }
                let nesting = here.filter { if case .nesting = $0.stage { true } else { false } }
                let expiring = here.filter { $0.isExpiring(within: expiringWithin, of: instant) }
                totals.add(certified: certified, inTraining: inTraining, nesting: nesting, expiring: expiring)
                rows.append(QueueReadiness(
                    queueID: queue.queueID, accountID: queue.accountID, channel: queue.channel, language: queue.language,
                    programID: queue.programID, siteID: site,
                    certifiedAgents: certified.map(\.agentID).sorted(),
                    inTraining: inTraining.count, nesting: nesting.count, expiring: expiring.count))
            }
        }
        return Readiness(rows: rows, totals: totals.totals(queues: queues.count, sites: sites.count))
    }

    /// The sites every queue is shown at: the given site; or the sites where an agent holds a
    /// standing on one of the programs read; or, when nobody does, every site with agents.
    private func scope(_ standings: [ProgramStanding], _ source: ReadModelSource) async throws -> [SiteID] {
        if let siteID { return [siteID] }
        let trained = Set(standings.map(\.siteID))
        guard trained.isEmpty else { return trained.sorted() }
        let rows = try await source.connection.query("""
            SELECT DISTINCT site_id FROM \(unescaped: source.schemas.siteRoster).agents WHERE status <> 'left' ORDER BY 1
            """, logger: source.logger)
        var sites: [SiteID] = []
        for try await site in rows.decode(String.self) { sites.append(SiteID(site)) }
        return sites
    }
}

/// What `report readiness` answers: one row per queue and site, and totals over them. A
/// collection of its rows, so callers that only want the rows read it as one.
public struct Readiness: Sendable, Equatable, RandomAccessCollection {
    /// By queue, then site; a queue nobody is certified for has rows of zeros.
    public let rows: [QueueReadiness]
    public let totals: ReadinessTotals

    public var startIndex: Int { rows.startIndex }
    public var endIndex: Int { rows.endIndex }
    public subscript(position: Int) -> QueueReadiness { rows[position] }
}

/// The readiness report's headcounts: distinct agents, each counted once however many of
/// the rows (queues of one program and language, at one site) they appear in, so they never
/// exceed the agents the report covers. The rows' own counts may add up to more.
public struct ReadinessTotals: Sendable, Equatable {
    /// Distinct agents certified for at least one row's queue.
    public let certified: Int
    public let inTraining: Int
    public let nesting: Int
    public let expiring: Int
    /// The queues reported (each at every site in scope).
    public let queues: Int
    /// The sites in scope.
    public let sites: Int

    /// Collects the distinct agents while the rows are built.
    struct Tally {
        private var certified: Set<AgentID> = []
        private var inTraining: Set<AgentID> = []
        private var nesting: Set<AgentID> = []
        private var expiring: Set<AgentID> = []

        mutating func add(certified: [ProgramStanding], inTraining: [ProgramStanding], nesting: [ProgramStanding],
                          expiring: [ProgramStanding]) {
            self.certified.formUnion(certified.map(\.agentID))
            self.inTraining.formUnion(inTraining.map(\.agentID))
            self.nesting.formUnion(nesting.map(\.agentID))
            self.expiring.formUnion(expiring.map(\.agentID))
        }

        func totals(queues: Int, sites: Int) -> ReadinessTotals {
            ReadinessTotals(certified: certified.count, inTraining: inTraining.count, nesting: nesting.count,
                            expiring: expiring.count, queues: queues, sites: sites)
        }
    }
}

/// One queue's readiness at one site.
public struct QueueReadiness: Sendable, Equatable {
    public let queueID: QueueID
    public let accountID: AccountID
    public let channel: CallboardDomain.Channel
    public let language: LanguageCode
    public let programID: ProgramID
    public let siteID: SiteID
    /// Agents (not left) speaking the queue's language and certified on its program at the
    /// instant, by id (the clients' export shows them only under pseudonyms).
    public let certifiedAgents: [AgentID]
    public let inTraining: Int
    public let nesting: Int
    /// Of the certified, those whose certification ends within the report's window.
    public let expiring: Int

    /// How many agents are certified: the headcount.
    public var certified: Int { certifiedAgents.count }
}
