import CallboardDomain
import CapacityPlanning
import Forecasting
import Foundation
import PostgresNIO
import Projections

/// `report peak --season S [--site S | --account A] [--revision N]`: the latest (or a given)
/// published revision of each queue's season forecast, against certified supply and what
/// actually arrived, with the hiring plan. With a site, only the queues that site has
/// certified agents for; the gap stays the queue's (all sites), the site's share is listed.
public struct PeakReport: ReportQuery {
    public let season: PeakSeason
    public let siteID: SiteID?
    public let accountID: AccountID?
    public let revision: Int?

    public init(season: PeakSeason, siteID: SiteID? = nil, accountID: AccountID? = nil, revision: Int? = nil) {
        self.season = season
        self.siteID = siteID
        self.accountID = accountID
        self.revision = revision
    }

    public var readModels: [any Projection] {
        [PeakForecastsProjection(), ClientAccountsProjection(), QueueIntervalsProjection()] + PeakOutlook.confidenceReadModels
    }

    public func read(from source: ReadModelSource) async throws -> PeakOutlook {
        let publications = try await PublishedSeason.read(season: season.id, account: accountID, revision: revision, in: source)
        let actuals = try await PublishedSeason.actuals(publications, season: season, in: source)
        var rows: [PeakOutlook.Row] = [], plan: [HiringPlan.Cohort] = []
        for publication in publications {
            let supply = publication.supply
            if let siteID, !supply.contains(where: { $0.siteID == siteID.rawValue && $0.available > 0 }) { continue }
            let capacity = CapacityDay.project(queueID: publication.queueID.rawValue, requirement: publication.days, availability: supply)
            plan += HiringPlan(queueID: publication.queueID.rawValue, days: capacity, availability: supply,
                               leadTime: publication.leadTime).cohorts
            for (day, need) in zip(capacity, publication.days) {
                let sites = supply.filter { $0.day == day.day && $0.available > 0 }.map { SiteCoverage(siteID: SiteID($0.siteID), agents: $0.available) }
                rows.append(PeakOutlook.Row(
                    queueID: publication.queueID, accountID: publication.accountID, language: publication.language,
                    channel: publication.channel, day: day.day, revision: publication.revision,
                    forecastP50: need.contactsP50, forecastP90: need.contactsP90,
                    actual: actuals[PublishedSeason.DayKey(queueID: publication.queueID.rawValue, day: day.day)],
                    required: day.required, available: day.available, scheduled: day.scheduled, sites: sites))
            }
        }
        return try await PeakOutlook(season: season, rows: rows, plan: plan,
                                     modelVersions: Array(Set(publications.map(\.modelVersion))).sorted())
            .withConfidence(of: publications, season: season.id, in: source)
    }
}
