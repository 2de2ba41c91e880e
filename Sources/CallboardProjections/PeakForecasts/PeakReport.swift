import CallboardDomain
import CapacityPlanning
import Forecasting
import Foundation
import PostgresNIO
import Projections

/// `report peak --season S [--site S | --account A] [--revision N] [--today D]`: the latest (or
/// a given) published revision of each queue's season forecast, against the supply allocated
/// to it, what actually arrived, and the plan from today.
///
/// The whole network is allocated in one pass (every published queue, every agent, each
/// agent's time split across the queues they may serve: ``SeasonPlan``), from facts read once
/// in this snapshot; an account or a site is a view of it. With a site, each queue the site's
/// agents could serve shows the site's share of its demand and what the site's agents were
/// allocated to it, so the site views add up to the network view.
public struct PeakReport: ReportQuery {
    public let season: PeakSeason
    public let siteID: SiteID?
    public let accountID: AccountID?
    public let revision: Int?
    /// The day the plan is made on; days before it are history.
    public let today: LocalDate
    public let overtime: OvertimeRule

    public init(season: PeakSeason, siteID: SiteID? = nil, accountID: AccountID? = nil, revision: Int? = nil,
                today: LocalDate, overtime: OvertimeRule = .standard) {
        self.season = season
        self.siteID = siteID
        self.accountID = accountID
        self.revision = revision
        self.today = today
        self.overtime = overtime
    }

    public var readModels: [any Projection] { Self.readModels }

    /// The read models every peak report reads (the export API's peak endpoints too).
    public static var readModels: [any Projection] {
        [PeakForecastsProjection(), ClientAccountsProjection(), QueueIntervalsProjection(), SiteRosterProjection(),
         ShiftCoverageProjection(), CertificationsProjection()] + PeakOutlook.confidenceReadModels
    }

    public func read(from source: ReadModelSource) async throws -> PeakOutlook {
        let publications = try await PublishedSeason.read(season: season.id, account: nil, revision: revision, in: source)
        let plan = try await PeakPlanInputs.read(publications, season: season, today: today, overtime: overtime, in: source)
        let scope = publications.filter { publication in
            accountID.map { publication.accountID == $0 } ?? true
        }.filter { publication in
            guard let site = siteID?.rawValue else { return true }
            return season.days.contains { plan.base.pool(publication.queueID.rawValue, on: $0)[site, default: 0] > 0 }
        }
        let actuals = try await PublishedSeason.actuals(scope, season: season, in: source)
        var byQueue: [String: [LocalDate: Double]] = [:]
        for (key, offered) in actuals { byQueue[key.queueID, default: [:]][key.day] = offered }

        let perAgent = plan.base.units.perAgent
        var rows: [PeakOutlook.Row] = []
        for publication in scope {
            let id = publication.queueID.rawValue
            let needs = Dictionary(publication.days.map { ($0.day, $0) }, uniquingKeysWith: { first, _ in first })
            for day in season.days {
                guard let base = CapacityDay(queueID: id, day: day, in: plan.base),
                      let planned = CapacityDay(queueID: id, day: day, in: plan.planned) else { continue }
                // A past day forecast only from part-way through (the revision's history ended during it) is
                // not compared with the whole day's actual: it shows what arrived, with no forecast or error.
                let need = day < today && publication.partDays.contains(day) ? nil : needs[day]
                let actual = byQueue[id]?[day]
                let timing: PeakOutlook.Timing = day < today ? .past : day == today ? .today : .future
                let required: Double, pool: Int, allocated: Double, supply: Double, sites: [SiteShare]
                if let site = siteID?.rawValue {
                    let share = base.site(site)
                    required = share?.demand ?? 0
                    pool = plan.base.pool(id, on: day)[site, default: 0] / perAgent
                    allocated = share?.allocated ?? 0
                    supply = planned.site(site)?.allocated ?? 0
                    sites = share.map { [$0] } ?? []
                } else {
                    (required, pool, allocated, supply, sites) = (Double(base.required), base.poolAgents, base.allocated,
                                                                  planned.allocated, base.sites)
                }
                let open = need.map { $0.contactsP50 > 0 } ?? publication.opens(on: day)
                rows.append(PeakOutlook.Row(
                    queueID: publication.queueID, accountID: publication.accountID, language: publication.language,
                    channel: publication.channel, day: day, timing: timing, revision: need == nil ? nil : publication.dayRevisions[day],
                    forecastP50: need?.contactsP50, forecastP90: need?.contactsP90, actual: actual,
                    feedGap: timing == .past && actual == nil && open,
                    required: need == nil ? nil : required, pool: pool, allocated: allocated, gap: max(0, required - allocated),
                    planned: timing == .past ? allocated : supply, sites: sites))
            }
        }
        let queueIDs = scope.map(\.queueID.rawValue)
        let inScope = Set(queueIDs)
        let actions = plan.actions.filter { action in
            inScope.contains(action.queueID) && (siteID.map { action.siteID == $0.rawValue } ?? true)
        }
        let seats = try await PeakPlanInputs.seats(in: source)
        let siteDays = season.days.flatMap { day in
            SiteDay.all(on: day, in: plan.base, queues: plan.queues, seats: seats)
                .filter { site in siteID.map { site.siteID == $0.rawValue } ?? true }
        }
        return try await PeakOutlook(season: season, today: today, rows: rows, siteDays: siteDays, plan: actions, overtime: overtime,
                           series: CapacitySeries(plan: plan, queueIDs: queueIDs, siteID: siteID?.rawValue, actuals: byQueue),
                           modelVersions: Array(Set(scope.map { $0.modelVersion })).sorted())
            .withConfidence(of: scope, season: season.id, in: source)
    }
}
