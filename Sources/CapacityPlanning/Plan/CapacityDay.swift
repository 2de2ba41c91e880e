import Forecasting

/// One queue's requirement on one local day against the supply allocated to it, each agent
/// counted once, and the gap; with the pool that could serve it and each site's share.
///
/// Exists as the row planners read ("TAB-EN-US on Cyber Monday: 61 needed, 48 could serve it,
/// 40 allocated, 21 short"): the pool says who *could* work the queue, the allocation what it
/// gets once every multi-skilled agent is split across their queues.
public struct CapacityDay: Sendable, Hashable, Codable {
    public let queueID: String
    public let day: LocalDate
    /// People the roster needs (``DailyRequirement/headcount``).
    public let required: Int
    /// Distinct agents eligible for the queue that day.
    public let poolAgents: Int
    /// Agents allocated to the queue (fractional where an agent is split across queues).
    public let allocated: Double
    /// Per site: its share of the demand, what it was allocated; sites with no pool are left out.
    public let sites: [SiteShare]

    /// Demand not covered: never negative (no queue is allocated more than it needs).
    public var gap: Double { max(0, Double(required) - allocated) }
    /// The part of the gap no site could take (no agent anywhere is eligible).
    public var unassigned: Double { Double(required) - sites.reduce(0) { $0 + $1.demand } }

    public init(queueID: String, day: LocalDate, required: Int, poolAgents: Int, allocated: Double, sites: [SiteShare]) {
        self.queueID = queueID
        self.day = day
        self.required = required
        self.poolAgents = poolAgents
        self.allocated = allocated
        self.sites = sites
    }

    /// The row of `queueID` on `day` in `allocation`.
    public init?(queueID: String, day: LocalDate, in allocation: SeasonAllocation) {
        guard let row = allocation.queue(queueID, on: day) else { return nil }
        let units = allocation.units
        let shares = SiteShare.split(row, pools: allocation.pool(queueID, on: day))
        self.init(queueID: queueID, day: day, required: row.demand / units.perAgent, poolAgents: row.poolAgents,
                  allocated: units.agents(row.allocated),
                  sites: shares.map { SiteShare(siteID: $0.site, demand: units.agents($0.demand), allocated: units.agents($0.allocated)) })
    }

    /// The share of `siteID`, if it has one.
    public func site(_ siteID: String) -> SiteShare? { sites.first { $0.siteID == siteID } }
}

/// One site's share of a queue's day: the demand it is expected to serve and what its agents
/// were allocated.
///
/// Exists so site views add up to the network: a queue's demand is split between the sites
/// whose agents could serve it, each taking what its agents were allocated plus a part of the
/// gap in proportion to its eligible time (largest remainder, in whole units), so the sites'
/// demands sum to the queue's demand, their allocations to its allocation and their gaps to
/// its gap. Demand no site can serve stays with the queue (``CapacityDay/unassigned``).
public struct SiteShare: Sendable, Hashable, Codable {
    public let siteID: String
    /// Agents' worth of the queue's demand this site is expected to serve.
    public let demand: Double
    public let allocated: Double
    public var gap: Double { max(0, demand - allocated) }

    public init(siteID: String, demand: Double, allocated: Double) {
        self.siteID = siteID
        self.demand = demand
        self.allocated = allocated
    }

    /// Per site (by id) its demand and allocation in units; sites with no eligible time are left out.
    static func split(_ row: QueueAllocation, pools: [String: Int]) -> [(site: String, demand: Int, allocated: Int)] {
        let allocated = Dictionary(uniqueKeysWithValues: row.bySite.map { ($0.id, $0.units) })
        let sites = pools.filter { $0.value > 0 }.keys.sorted()
        let totalPool = sites.reduce(0) { $0 + pools[$1]! }
        guard totalPool > 0 else { return [] }
        let gap = row.gap
        var floors = sites.map { gap * pools[$0]! / totalPool }
        var left = gap - floors.reduce(0, +)
        let order = sites.indices.sorted { a, b in
            let (ra, rb) = (gap * pools[sites[a]]! % totalPool, gap * pools[sites[b]]! % totalPool)
            return ra != rb ? ra > rb : sites[a] < sites[b]
        }
        for i in order where left > 0 {
            floors[i] += 1
            left -= 1
        }
        return sites.indices.map { i in
            (sites[i], (allocated[sites[i]] ?? 0) + floors[i], allocated[sites[i]] ?? 0)
        }
    }
}
