import CallboardDomain
import Foundation
import PostgresNIO
import Projections
import Scorecards

/// `report awards --site S --month 2026-11`: the site's agent-of-the-month standings for a
/// local month from the award facts model. Eligibility and scores follow the pure
/// `Scorecards` rules with the site's settings in force for the month (defaults when none);
/// a closed month is recomputed with the settings its award kept and compared with it, never
/// replaced.
public struct AwardsReport: ReportQuery {
    public let siteID: SiteID
    public let month: LocalMonth

    public init(siteID: SiteID, month: LocalMonth) {
        self.siteID = siteID
        self.month = month
    }

    public var readModels: [any Projection] { [AwardFactsProjection(), CertificationsProjection()] }

    public func read(from source: ReadModelSource) async throws -> AwardMonth {
        let zoneID = try await timeZone(source)
        guard let zone = zoneID.timeZone else { throw ReportError.unknownTimeZone(zoneID.rawValue) }
        let rows = try await AwardMonthRows.read(siteID, month, from: source)
        let rules = try await AwardRules.read(siteID, month, agents: rows.agents, from: source)
        let configured = rules.scorecard.entry(for: month)
        let configuration = rules.award?.configuration ?? configured?.configuration ?? .standard
        let facts = MonthFactsAssembly(rows: rows, rules: rules, month: month, zone: zone, configuration: configuration).facts
        let standings = try AwardStandings(site: siteID, month: month, facts: facts, configuration: configuration)
        let source: AwardMonth.ConfigurationSource = rules.award != nil ? .award : configured.map { .configured($0) } ?? .standard
        return AwardMonth(
            siteID: siteID, timeZone: zoneID, month: month, configurationSource: source, facts: facts, standings: standings,
            award: rules.award, laterData: rules.award.map { AwardComparison.changes(since: $0, fresh: standings) } ?? [])
    }

    private func timeZone(_ source: ReadModelSource) async throws -> TimeZoneID {
        let rows = try await source.connection.query(
            "SELECT time_zone FROM \(unescaped: source.schemas.awardFacts).sites WHERE site_id = \(siteID.rawValue)",
            logger: source.logger)
        for try await zone in rows.decode(String.self) { return TimeZoneID(zone) }
        throw ReportError.unknownSite(siteID.rawValue)
    }
}
