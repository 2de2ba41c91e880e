import CallboardDomain
import Foundation
import Projections

/// `report readiness --site S | --account A`: for each queue that requires a training
/// program, per site, how many agents who speak the queue's language are certified on the
/// program at an instant, how many are in training or nesting for it, and how many of the
/// certified expire within the window. The capacity forecast (certified agents per queue)
/// and the clients' export (certified headcount by queue, language and site) read the same
/// figures through this query.
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

    public func read(from source: ReadModelSource) async throws -> [QueueReadiness] {
        if let siteID { _ = try await RosterReport(siteID: siteID).site(source) }
        let queues = try await ProgramQueue.read(account: accountID, in: source)
        let standings = try await ProgramStandings.read(site: siteID, account: accountID, at: instant, in: source)
        var rows: [QueueReadiness] = []
        for queue in queues {
            let speakers = standings.filter { $0.programID == queue.programID && $0.languages.contains(queue.language) }
            for site in Set(speakers.map(\.siteID)).sorted() {
                let here = speakers.filter { $0.siteID == site }
                rows.append(QueueReadiness(
                    queueID: queue.queueID, accountID: queue.accountID, channel: queue.channel, language: queue.language,
                    programID: queue.programID, siteID: site,
                    certifiedAgents: here.filter { if case .certified = $0.stage { true } else { false } }.map(\.agentID).sorted(),
                    inTraining: here.count { if case .inTraining = $0.stage { true } else { false } },
                    nesting: here.count { if case .nesting = $0.stage { true } else { false } },
                    expiring: here.count { $0.isExpiring(within: expiringWithin, of: instant) }))
            }
        }
        return rows
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
