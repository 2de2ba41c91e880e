import Forecasting

/// One site's totals on one day of the season: its own agents, their time, its share of the
/// demand of every queue they serve, what they were allocated, and a seat check.
///
/// Exists so a site director sees their site and not the network: the site days of a day add
/// up to the network's day (with the demand no site can serve kept apart). The seat check:
/// seats needed = the site's share of each queue's busiest interval (agents scheduled at once),
/// added over its queues, which is an upper bound (queues' peaks rarely coincide), against the
/// site's seats.
public struct SiteDay: Sendable, Hashable, Codable {
    public let siteID: String
    public let day: LocalDate
    /// The site's agents with time that day.
    public let agents: Int
    /// Their time, in agents (more than ``agents`` with overtime).
    public let capacity: Double
    /// The site's share of the demand of the queues it can serve.
    public let demand: Double
    public let allocated: Double
    /// Seats at the site; nil when unknown.
    public let seats: Int?
    /// Agents the site's share of demand puts in seats at once (see above).
    public let seatsNeeded: Int

    public var gap: Double { max(0, demand - allocated) }
    public var idle: Double { max(0, capacity - allocated) }
    /// Seats missing to seat the site's share at its busiest (0 when they fit or seats are unknown).
    public var seatsShort: Int { seats.map { max(0, seatsNeeded - $0) } ?? 0 }

    public init(siteID: String, day: LocalDate, agents: Int, capacity: Double, demand: Double, allocated: Double,
                seats: Int?, seatsNeeded: Int) {
        self.siteID = siteID
        self.day = day
        self.agents = agents
        self.capacity = capacity
        self.demand = demand
        self.allocated = allocated
        self.seats = seats
        self.seatsNeeded = seatsNeeded
    }

    /// Every site's day in `allocation` (sites with agents or a share of demand), by site id.
    public static func all(on day: LocalDate, in allocation: SeasonAllocation, queues: [PlanQueue],
                           seats: [String: Int]) -> [SiteDay] {
        guard let network = allocation.byDay[day] else { return [] }
        let units = allocation.units
        var demand: [String: Double] = [:], allocated: [String: Double] = [:], seated: [String: Double] = [:]
        for queue in queues {
            guard let row = CapacityDay(queueID: queue.queueID, day: day, in: allocation), row.required > 0 else { continue }
            let peak = Double(queue.requirement(on: day)?.peakScheduled ?? 0)
            for share in row.sites {
                demand[share.siteID, default: 0] += share.demand
                allocated[share.siteID, default: 0] += share.allocated
                seated[share.siteID, default: 0] += peak * share.demand / Double(row.required)
            }
        }
        let sites = Set(network.sites.map(\.siteID)).union(demand.keys).sorted()
        return sites.map { site in
            let own = network.site(site)
            return SiteDay(siteID: site, day: day, agents: own?.agents ?? 0, capacity: units.agents(own?.units ?? 0),
                           demand: demand[site] ?? 0, allocated: allocated[site] ?? 0, seats: seats[site],
                           seatsNeeded: Int(((seated[site] ?? 0) * (1 - 1e-9)).rounded(.up)))
        }
    }
}
