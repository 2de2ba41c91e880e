import Dispatch
import Forecasting
import Foundation

/// Every day of a season allocated once: each agent's time split across the queues they may
/// serve that day (``SupplyAllocator``), in ``PlanUnits``.
///
/// Exists so `report peak`, its site views, its plan and the export API read one computation
/// from values read once: no per-day database round trip, and no agent counted on two queues.
/// A day is the same calendar date on every queue's market clock (a Manila agent's Monday
/// serves New York's Monday), which is how the season's days are published.
public struct SeasonAllocation: Sendable {
    public let units: PlanUnits
    /// The queues, in the order given.
    public let queueIDs: [String]
    public let days: [LocalDate]
    /// The allocation of each day; its agent rows are in the order of the workforce given.
    public let byDay: [LocalDate: SupplyAllocation]
    /// Eligible time per day, queue (by index) and site: who *could* serve the queue, by site.
    public let poolsBySite: [LocalDate: [[String: Int]]]

    /// Allocates `workforce` to `queues` on each of `days`. Each agent gives one contract week
    /// (``PlanUnits/perAgent``) on each day they are eligible somewhere, plus `overtime` units
    /// on the days from `overtimeFrom` on.
    public init(queues: [PlanQueue], workforce: [WorkforceAgent], days: [LocalDate], units: PlanUnits = PlanUnits(),
                overtime: Int = 0, overtimeFrom: LocalDate? = nil) throws(SupplyAllocationError) {
        let days = Array(Set(days)).sorted()
        let known = Set(queues.map(\.queueID))
        let index = Dictionary(queues.enumerated().map { ($1.queueID, $0) }, uniquingKeysWith: { first, _ in first })
        // Days are independent: allocated on all cores, each into its own slot.
        let results = DayResults(count: days.count)
        DispatchQueue.concurrentPerform(iterations: days.count) { d in
            let day = days[d]
            let extra = overtimeFrom.map { day >= $0 } == true ? overtime : 0
            var dayPools = [[String: Int]](repeating: [:], count: queues.count)
            let agents = workforce.map { agent -> AgentSupply in
                let eligible = (agent.eligible[day] ?? []).filter(known.contains)
                let time = eligible.isEmpty ? 0 : units.perAgent + extra
                for queue in Set(eligible) { dayPools[index[queue]!][agent.siteID, default: 0] += time }
                return AgentSupply(agentID: agent.agentID, siteID: agent.siteID, units: time, queueIDs: eligible)
            }
            let demand = queues.map { queue in
                QueueDemand(queueID: queue.queueID, units: units.units(agents: queue.requirement(on: day)?.headcount ?? 0),
                            priority: queue.priority)
            }
            do throws(SupplyAllocationError) {
                results.store(d, .success((try SupplyAllocator().allocate(agents: agents, queues: demand), dayPools)))
            } catch {
                results.store(d, .failure(error))
            }
        }
        var byDay: [LocalDate: SupplyAllocation] = [:], pools: [LocalDate: [[String: Int]]] = [:]
        for (d, day) in days.enumerated() {
            let (allocation, dayPools) = try results.take(d).get()
            byDay[day] = allocation
            pools[day] = dayPools
        }
        self.units = units
        queueIDs = queues.map(\.queueID)
        self.days = days
        self.byDay = byDay
        poolsBySite = pools
    }

    private init(units: PlanUnits, queueIDs: [String], days: [LocalDate], byDay: [LocalDate: SupplyAllocation],
                 poolsBySite: [LocalDate: [[String: Int]]]) {
        self.units = units
        self.queueIDs = queueIDs
        self.days = days
        self.byDay = byDay
        self.poolsBySite = poolsBySite
    }

    /// This allocation with the days `other` allocated replaced by its (same queues and units):
    /// a plan re-allocates only the days from today, the past stays as it was.
    public func overlaid(by other: SeasonAllocation) -> SeasonAllocation {
        SeasonAllocation(units: units, queueIDs: queueIDs, days: days, byDay: byDay.merging(other.byDay) { $1 },
                         poolsBySite: poolsBySite.merging(other.poolsBySite) { $1 })
    }

    /// The row of `queueID` on `day`.
    public func queue(_ queueID: String, on day: LocalDate) -> QueueAllocation? { byDay[day]?.queue(queueID) }

    /// Units `queueID` is short on `day` (0 when covered or unknown).
    public func gap(_ queueID: String, on day: LocalDate) -> Int { queue(queueID, on: day)?.gap ?? 0 }

    /// Eligible time for `queueID` on `day` per site.
    public func pool(_ queueID: String, on day: LocalDate) -> [String: Int] {
        guard let q = queueIDs.firstIndex(of: queueID) else { return [:] }
        return poolsBySite[day]?[q] ?? [:]
    }
}

/// One slot per day for the days allocated in parallel, guarded by a lock.
private final class DayResults: @unchecked Sendable {
    typealias Outcome = Result<(SupplyAllocation, [[String: Int]]), SupplyAllocationError>
    private var slots: [Outcome?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ index: Int, _ outcome: Outcome) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = outcome
    }

    func take(_ index: Int) -> Outcome {
        lock.lock()
        defer { lock.unlock() }
        return slots[index]!
    }
}
