import CallboardDomain
import Foundation
import PostgresNIO
import Projections

/// `report roster --site S`: the site director's "who works here, in what status, speaking
/// what, on which channels", from the site roster read model.
public struct RosterReport: ReportQuery {
    public let siteID: SiteID

    public init(siteID: SiteID) { self.siteID = siteID }

    public var readModels: [any Projection] { [SiteRosterProjection()] }

    public func read(from source: ReadModelSource) async throws -> Roster {
        Roster(site: try await site(source), agents: try await agents(source))
    }

    func site(_ source: ReadModelSource) async throws -> RosterSite {
        let schema = source.schemas.siteRoster
        let rows = try await source.connection.query("""
            SELECT name, country, time_zone, seats, languages, opened_on::text, closed_on::text
              FROM \(unescaped: schema).sites WHERE site_id = \(siteID.rawValue)
            """, logger: source.logger)
        for try await (name, country, zone, seats, languages, opened, closed) in rows.decode(
            (String, String, String, Int, [String], String, String?).self
        ) {
            return RosterSite(
                siteID: siteID, name: name, country: CountryCode(country), timeZone: TimeZoneID(zone), seats: seats,
                languages: languages.map { LanguageCode($0) }, openedOn: try StoredValue.date(opened),
                closedOn: try closed.map(StoredValue.date))
        }
        throw ReportError.unknownSite(siteID.rawValue)
    }

    private func agents(_ source: ReadModelSource) async throws -> [RosterAgent] {
        let schema = source.schemas.siteRoster
        let rows = try await source.connection.query("""
            SELECT a.agent_id, a.name, a.status, a.status_since::text, a.hired_on::text, a.skills,
                   coalesce(array_agg(l.language || ':' || l.proficiency
                                      ORDER BY array_position(\(Proficiency.allCases.map(\.rawValue)), l.proficiency),
                                               l.language)
                            FILTER (WHERE l.language IS NOT NULL), '{}')
              FROM \(unescaped: schema).agents a LEFT JOIN \(unescaped: schema).agent_languages l USING (agent_id)
             WHERE a.site_id = \(siteID.rawValue) AND a.status <> \(AgentStatus.left.rawValue)
             GROUP BY a.agent_id, a.name, a.status, a.status_since, a.hired_on, a.skills
             ORDER BY array_position(\(Self.statusOrder), a.status), a.name, a.agent_id
            """, logger: source.logger)
        var agents: [RosterAgent] = []
        for try await (id, name, status, since, hired, skills, languages) in rows.decode(
            (String, String, String, String, String, [String], [String]).self
        ) {
            agents.append(RosterAgent(
                agentID: AgentID(id), name: name, status: try StoredValue.status(status),
                statusSince: try StoredValue.date(since), hiredOn: try StoredValue.date(hired),
                languages: try languages.map(StoredValue.languageSkill), skills: try skills.map(StoredValue.channel)))
        }
        return agents
    }

    /// Live first: the order a director reads the roster in.
    private static let statusOrder = [AgentStatus.live, .nesting, .training, .onLeave].map(\.rawValue)
}
