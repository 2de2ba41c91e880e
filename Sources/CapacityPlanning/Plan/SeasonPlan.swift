import Forecasting

/// The season allocated once, and the plan from today that closes what it leaves short:
/// overtime first (no lead time), then cross-training of agents already certified elsewhere
/// (each person proposed for one queue at most), then hires for the days they can still reach.
///
/// Exists so the report, its plan, its site views, the chart series and the export API all read
/// one computation. The rules, stated once:
/// - Days before `today` are history: they are allocated (what the roster could cover) but no
///   action is proposed for them.
/// - Overtime: every agent may add ``OvertimeRule/hoursPerWeek`` from today; the season is
///   re-allocated with it and each queue's gain per site is an overtime row.
/// - Cross-training: a queue short on days its program's classroom and nesting time can still
///   reach asks for one person per agent of its largest reachable gap; candidates
///   (``WorkforceAgent/trainable``) with idle time on those days are matched to queues as an
///   allocation of one unit per person (contract SLA first, then the largest relative gap), so
///   nobody is proposed twice; they count as certified from the day they land.
/// - Hires: the largest gap left on the days a hire can reach (recruiting + classroom + nesting
///   from today), at the site that serves the queue most.
/// - A row whose latest start (first short day minus lead time) is before today is overdue,
///   with the short days before it could land; a hire that cannot reach any short day is still
///   listed (0 agents) so the overdue gap is visible.
public struct SeasonPlan: Sendable {
    public let today: LocalDate
    public let queues: [PlanQueue]
    public let overtime: OvertimeRule
    /// The season as staffed today (no overtime, no new certifications, no hires).
    public let base: SeasonAllocation
    /// The season once the plan's actions land (days before today as in ``base``).
    public let planned: SeasonAllocation
    public let actions: [PlanAction]

    public init(queues: [PlanQueue], workforce: [WorkforceAgent], days: [LocalDate], today: LocalDate,
                overtime: OvertimeRule = .standard, units: PlanUnits = PlanUnits()) throws(SupplyAllocationError) {
        let days = Array(Set(days)).sorted()
        self.today = today
        self.queues = queues
        self.overtime = overtime
        let base = try SeasonAllocation(queues: queues, workforce: workforce, days: days, units: units)
        self.base = base
        let future = days.filter { $0 >= today }
        let extra = units.units(overtimeHours: max(0, overtime.hoursPerWeek))
        // Re-allocates only the days from `first` on: the days before are as `previous` has them.
        func allocate(_ agents: [WorkforceAgent], over previous: SeasonAllocation,
                      from first: LocalDate) throws(SupplyAllocationError) -> SeasonAllocation {
            previous.overlaid(by: try SeasonAllocation(queues: queues, workforce: agents, days: future.filter { $0 >= first },
                                                       units: units, overtime: extra, overtimeFrom: today))
        }
        guard !future.isEmpty else {
            planned = base
            actions = []
            return
        }
        let withOvertime = extra > 0 ? try allocate(workforce, over: base, from: today) : base
        var actions = Self.overtimeRows(queues: queues, before: base, after: withOvertime, days: future, extra: extra)

        var trained = workforce
        let crossTraining = try Self.crossTraining(queues: queues, workforce: &trained, allocation: withOvertime,
                                               days: future, today: today)
        actions += crossTraining
        let afterTraining = try crossTraining.map(\.landsOn).min()
            .map { first throws(SupplyAllocationError) in try allocate(trained, over: withOvertime, from: first) } ?? withOvertime

        var hires: [WorkforceAgent] = []
        for queue in queues {
            guard let row = Self.hireRow(queue, allocation: afterTraining, days: future, today: today) else { continue }
            actions.append(row)
            let landed = Dictionary(uniqueKeysWithValues: days.filter { $0 >= row.landsOn }.map { ($0, [queue.queueID]) })
            hires += (0..<row.agents).map { n in
                WorkforceAgent(agentID: "hire:\(queue.queueID):\(n + 1)", siteID: row.siteID ?? Self.newSite, eligible: landed)
            }
        }
        let firstHire = actions.filter { $0.kind == .hire && $0.agents > 0 }.map(\.landsOn).min()
        planned = try firstHire.map { first throws(SupplyAllocationError) in try allocate(trained + hires, over: afterTraining, from: first) }
            ?? afterTraining
        let rank = Dictionary(uniqueKeysWithValues: [PlanAction.Kind.overtime, .crossTrain, .hire].enumerated().map { ($1, $0) })
        self.actions = actions.sorted {
            ($0.queueID, rank[$0.kind]!, $0.siteID ?? "") < ($1.queueID, rank[$1.kind]!, $1.siteID ?? "")
        }
    }

    /// The site id planned hires of a queue no site serves yet are counted at.
    public static let newSite = "(new)"

    /// Per queue and site, the overtime the re-allocation gave it on the days from today.
    private static func overtimeRows(queues: [PlanQueue], before: SeasonAllocation, after: SeasonAllocation,
                                     days: [LocalDate], extra: Int) -> [PlanAction] {
        guard extra > 0 else { return [] }
        var rows: [PlanAction] = []
        for queue in queues {
            var bySite: [String: (units: Int, days: [LocalDate], agents: Int)] = [:]
            for day in days {
                guard let old = before.queue(queue.queueID, on: day), let new = after.queue(queue.queueID, on: day),
                      new.allocated > old.allocated else { continue }
                let was = Dictionary(uniqueKeysWithValues: old.bySite.map { ($0.id, $0.units) })
                for share in new.bySite where share.units > was[share.id] ?? 0 {
                    let gain = share.units - (was[share.id] ?? 0)
                    var site = bySite[share.id] ?? (0, [], 0)
                    site.units += gain
                    site.days.append(day)
                    site.agents = max(site.agents, (gain + extra - 1) / extra)
                    bySite[share.id] = site
                }
            }
            for (site, gain) in bySite.sorted(by: { $0.key < $1.key }) {
                let first = gain.days.min()!
                rows.append(PlanAction(queueID: queue.queueID, kind: .overtime, siteID: site, agents: gain.agents,
                                       hours: after.units.hoursOnTheDay(gain.units), neededBy: first, latestStart: first,
                                       landsOn: first, days: gain.days.count, unreachableDays: 0))
            }
        }
        return rows
    }

    /// Cross-training cohorts; `workforce` gains the new certifications from the day they land.
    /// Who learns what is itself an allocation (``SupplyAllocator``, one unit per person): each
    /// short queue asks for one person per agent of its largest gap its program can still
    /// reach, each candidate with idle time on those days offers themself once, so nobody is
    /// proposed twice and as many gaps as possible are matched (contract SLA first, then the
    /// largest relative gap).
    private static func crossTraining(queues: [PlanQueue], workforce: inout [WorkforceAgent], allocation: SeasonAllocation,
                                      days: [LocalDate], today: LocalDate) throws(SupplyAllocationError) -> [PlanAction] {
        let perAgent = allocation.units.perAgent
        struct Need { let queue: PlanQueue; let short: [LocalDate]; let landsOn: LocalDate; let reachable: [LocalDate] }
        var needs: [String: Need] = [:]
        var demand: [QueueDemand] = []
        for queue in queues {
            let short = days.filter { allocation.gap(queue.queueID, on: $0) > 0 }
            guard let neededBy = short.first else { continue }
            let landsOn = max(neededBy, today.adding(days: queue.leadTime.crossTrainingDays))
            let reachable = short.filter { $0 >= landsOn }
            guard let gap = reachable.map({ allocation.gap(queue.queueID, on: $0) }).max() else { continue }
            needs[queue.queueID] = Need(queue: queue, short: short, landsOn: landsOn, reachable: reachable)
            demand.append(QueueDemand(queueID: queue.queueID, units: (gap + perAgent - 1) / perAgent, priority: queue.priority))
        }
        guard !needs.isEmpty else { return [] }
        let candidates = workforce.indices.map { a -> AgentSupply in
            let queues = workforce[a].trainable.filter { queue in
                guard let need = needs[queue] else { return false }
                return need.reachable.contains { (allocation.byDay[$0]?.agents[a].idle ?? 0) > 0 }
            }
            return AgentSupply(agentID: workforce[a].agentID, siteID: workforce[a].siteID, units: queues.isEmpty ? 0 : 1, queueIDs: queues)
        }
        let matched = try SupplyAllocator().allocate(agents: candidates, queues: demand)
        var cohorts: [String: [String: [String]]] = [:]  // queue -> site -> people
        for (a, row) in matched.agents.enumerated() {
            guard let queueID = row.queues.first(where: { $0.units > 0 })?.id, let need = needs[queueID] else { continue }
            let agent = workforce[a]
            cohorts[queueID, default: [:]][agent.siteID, default: []].append(agent.agentID)
            var eligible = agent.eligible
            for (day, served) in eligible where day >= need.landsOn { eligible[day] = served + [queueID] }
            workforce[a] = WorkforceAgent(agentID: agent.agentID, siteID: agent.siteID, eligible: eligible,
                                          trainable: agent.trainable.filter { $0 != queueID })
        }
        var rows: [PlanAction] = []
        for (queueID, bySite) in cohorts {
            let need = needs[queueID]!
            let neededBy = need.short[0]
            for (site, people) in bySite {
                rows.append(PlanAction(queueID: queueID, kind: .crossTrain, siteID: site, agents: people.count,
                                       agentIDs: people.sorted(), neededBy: neededBy,
                                       latestStart: neededBy.adding(days: -need.queue.leadTime.crossTrainingDays),
                                       landsOn: need.landsOn, days: need.reachable.count,
                                       unreachableDays: need.short.count - need.reachable.count))
            }
        }
        return rows
    }

    /// The hiring row of `queue` for what `allocation` leaves short from today; nil when nothing is short.
    private static func hireRow(_ queue: PlanQueue, allocation: SeasonAllocation, days: [LocalDate],
                                today: LocalDate) -> PlanAction? {
        let short = days.filter { allocation.gap(queue.queueID, on: $0) > 0 }
        guard let neededBy = short.first else { return nil }
        let lead = queue.leadTime.hiringDays
        let landsOn = max(neededBy, today.adding(days: lead))
        let reachable = short.filter { $0 >= landsOn }
        let perAgent = allocation.units.perAgent
        let gap = reachable.map { allocation.gap(queue.queueID, on: $0) }.max() ?? 0
        var served: [String: Int] = [:]
        for day in allocation.days {
            for share in allocation.queue(queue.queueID, on: day)?.bySite ?? [] { served[share.id, default: 0] += share.units }
        }
        let home = served.filter { $0.value > 0 }.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key
        return PlanAction(queueID: queue.queueID, kind: .hire, siteID: home, agents: (gap + perAgent - 1) / perAgent,
                          neededBy: neededBy, latestStart: neededBy.adding(days: -lead), landsOn: landsOn,
                          days: reachable.count, unreachableDays: short.count - reachable.count)
    }
}
