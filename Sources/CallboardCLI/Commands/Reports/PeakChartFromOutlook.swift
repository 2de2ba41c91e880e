import CallboardDomain
import CallboardProjections
import CapacityPlanning
import Forecasting

/// The peak chart's figures taken from what `report peak` reads today (``PeakOutlook``):
/// per queue and local day the required head count, certified supply and the hiring plan.
///
/// Exists as the one place that turns the report's rows into ``PeakChart`` values, so that
/// when the allocator's per-day figures (supply allocated once, P90 head counts) reach the
/// peak report, only this file changes. Until then three figures are derived here, and say so:
/// - required P90: the day's P50 head count scaled by the forecast's P90/P50 contacts (head
///   counts grow a little slower than contacts, so this errs high);
/// - required by what arrived (past days): the reported contacts times the queue's agents per
///   forecast contact (that day's where it was forecast, else the season's);
/// - planned supply (today on): available agents plus each plan cohort from the day it lands:
///   its needed-by day, or, when its latest start has passed, today plus its lead time;
/// - supply: the report's `available` is each queue's whole pool, so an agent able to work
///   three queues is in three pools. Here each account's agents who speak a language at a site
///   (the largest pool of those queues there: the same people, certified on the account's
///   program) are shared among those queues in proportion to their P50 head counts over the
///   season (equally where none needs anyone), so every agent is counted once, the panels add up
///   to the total, and a queue's share does not jump on the days its neighbours are closed.
enum PeakChartFromOutlook {
    /// The figures of one queue's row that the chart reads.
    struct QueueDay: Sendable, Hashable {
        let day: CalendarDay
        let forecastP50: Double
        let forecastP90: Double
        let actual: Double?
        let required: Int
        /// The agents counted on the queue that day (its share of the pools it draws on).
        let supplied: Double
    }

    static func chart(_ outlook: PeakOutlook, scope: String, today: CalendarDay, leftOut: [PeakChart.LeftOut]) -> PeakChart {
        let shares = supplyShares(outlook.rows)
        let byQueue = Dictionary(grouping: outlook.rows, by: \.queueID)
        let panels = byQueue.keys.sorted().map { queue in
            let rows = byQueue[queue]!.map {
                QueueDay(day: $0.day, forecastP50: $0.forecastP50, forecastP90: $0.forecastP90, actual: $0.actual,
                         required: $0.required, supplied: shares[Share(queue: queue.rawValue, day: $0.day)] ?? 0)
            }
            return PeakChart.Series(name: queue.rawValue,
                                    days: days(of: rows, plan: outlook.plan.filter { $0.queueID == queue.rawValue }, today: today))
        }
        return PeakChart(season: outlook.season.id, scope: scope, panels: panels, leftOut: leftOut, today: today)
    }

    struct Share: Hashable {
        let queue: String
        let day: CalendarDay
    }

    /// A queue's row as the sharing of pools reads it: its team (account, language), its P50 head
    /// count and its pool (agents able to work it) per site.
    struct PoolMember: Sendable {
        let queue: String, account: String, language: String
        let day: CalendarDay
        let required: Int
        let sites: [(site: String, agents: Int)]
    }

    /// Each queue's weight in its pools: its P50 head counts summed over the season.
    static func weights(_ rows: [PoolMember]) -> [String: Int] {
        Dictionary(rows.map { ($0.queue, $0.required) }, uniquingKeysWith: +)
    }

    /// Each queue's share per day of the pools (account, language, site) it draws on.
    static func supplyShares(_ rows: [PeakOutlook.Row]) -> [Share: Double] {
        supplyShares(rows.map {
            PoolMember(queue: $0.queueID.rawValue, account: $0.accountID.rawValue, language: $0.language.rawValue, day: $0.day,
                       required: $0.required, sites: $0.sites.map { ($0.siteID.rawValue, $0.agents) })
        })
    }

    static func supplyShares(_ rows: [PoolMember]) -> [Share: Double] {
        struct Pool: Hashable {
            let day: CalendarDay, account: String, language: String, site: String
        }
        let weight = weights(rows)
        var people: [Pool: Int] = [:], members: [Pool: [(queue: String, required: Int)]] = [:]
        for row in rows {
            for site in row.sites where site.agents > 0 {
                let pool = Pool(day: row.day, account: row.account, language: row.language, site: site.site)
                people[pool] = max(people[pool] ?? 0, site.agents)
                members[pool, default: []].append((row.queue, weight[row.queue] ?? 0))
            }
        }
        var shares: [Share: Double] = [:]
        for (pool, queues) in members {
            let demand = queues.map(\.required).reduce(0, +)
            for queue in queues {
                let part = demand > 0 ? Double(queue.required) / Double(demand) : 1 / Double(queues.count)
                shares[Share(queue: queue.queue, day: pool.day), default: 0] += Double(people[pool]!) * part
            }
        }
        return shares
    }

    /// One queue's days.
    static func days(of rows: [QueueDay], plan: [HiringPlan.Cohort], today: CalendarDay) -> [PeakChart.Day] {
        let forecast = rows.filter { $0.forecastP50 > 0 }
        let forecastContacts = forecast.map(\.forecastP50).reduce(0, +)
        let agentsPerContact = forecastContacts > 0 ? Double(forecast.map(\.required).reduce(0, +)) / forecastContacts : nil
        let landings = plan.map { cohort in
            let leadDays = cohort.latestStart.distance(to: cohort.neededBy)
            return (day: max(cohort.neededBy, max(cohort.latestStart, today).adding(days: leadDays)), agents: cohort.agents)
        }
        // A publication made during the season forecasts from its last reported interval: the days before are
        // blank and the first forecast day only partly forecast; neither has a requirement to draw.
        let sorted = rows.sorted { $0.day < $1.day }
        let blank = sorted.prefix { $0.day < today && $0.forecastP50 == 0 && $0.required == 0 }.count
        let partial = blank > 0 && blank < sorted.count && sorted[blank].day < today ? sorted[blank].day : nil
        return sorted.map { row in
            let forecastless = row.day < today && (row.day < (sorted.dropFirst(blank).first?.day ?? today) || row.day == partial)
            let p50 = forecastless ? nil : Double(row.required)
            let p90 = p50.map { row.forecastP50 > 0 ? $0 * max(1, row.forecastP90 / row.forecastP50) : $0 }
            let perContact = row.forecastP50 > 0 && row.required > 0 ? Double(row.required) / row.forecastP50 : agentsPerContact
            let actual = row.day < today ? row.actual.flatMap { contacts in perContact.map { contacts * $0 } } : nil
            let landed = landings.filter { $0.day <= row.day }.map(\.agents).reduce(0, +)
            return PeakChart.Day(day: row.day, requiredP50: p50, requiredP90: p90, actualRequired: actual,
                                 suppliedToday: row.supplied, plannedSupply: row.day >= today ? row.supplied + Double(landed) : nil)
        }
    }
}
