import Benchmark
import CapacityPlanning
import Forecasting
import Foundation
import StaffingMath

/// Issue 6, item 8: the season forecast for the whole full demo world in under 30 s, and
/// Erlang required agents at 1 million intervals per second or more. Issue 13, item 1: the
/// allocation of a season shaped like the full demo world (44 queues, 1,500 agents, 42 days)
/// in under 2 s, and the whole plan from today on it (up to four such allocations). Pure computation, no
/// database: the inputs are built before the measured region.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput], timeUnits: .milliseconds,
                                           maxDuration: .seconds(120), maxIterations: 5)

    // The demo world as of the season's first day: two years of history, then six weeks ahead.
    let season = try! PeakSeason.named("black-friday-2026")
    let now = Date(timeIntervalSince1970: Double(season.firstDay.daysSinceEpoch * 86_400))
    let world = WorldBox()

    Benchmark("Season forecast, full demo world (all queues, 30-minute intervals, six weeks)",
              configuration: .init(warmupIterations: 1, maxIterations: 3)) { benchmark in
        let queues = world.queues
        let end = Date(timeIntervalSince1970: Double((season.lastDay.daysSinceEpoch + 2) * 86_400))
        var intervals = 0, agents = 0
        for queue in queues {
            let forecast = try VolumeForecaster().forecast(queue.history, from: queue.history.offered.end, until: end)
            let need = try SeasonRequirement(intervals: forecast.intervals, intervalSeconds: 1800,
                                             timeZone: queue.history.timeZone, season: season, profile: queue.profile)
            intervals += need.intervals.count
            agents += need.days.map(\.headcount).reduce(0, +)
        }
        blackHole((intervals, agents))
        if intervals < 40 * 42 * 48 { fatalError("only \(intervals) intervals for \(queues.count) queues") }
    } setup: {
        world.queues = try DemoQueue.all(now: now)
    }

    // One million intervals of a day's realistic spread of voice volume.
    let contacts = (0..<1_000_000).map { Double(($0 * 7919) % 400) }
    let voice = try! StaffingProfile(model: .queued(percent: 80, thresholdSeconds: 20, concurrency: 1), averageHandleSeconds: 300)
    Benchmark("Erlang C required agents, 1 million voice intervals",
              configuration: .init(metrics: [.wallClock, .throughput], timeUnits: .nanoseconds, warmupIterations: 1,
                                   scalingFactor: .mega, maxIterations: 10)) { benchmark in
        let start = Date(timeIntervalSince1970: 0)
        var total = 0
        for i in benchmark.scaledIterations { total &+= try voice.requirement(contacts: contacts[i], intervalSeconds: 1800, start: start).scheduled }
        blackHole(total)
    }

    let allocationSeason = AllocationSeasonBox()
    Benchmark("Supply allocation, 44 queues x 1,500 agents x 42 days",
              configuration: .init(warmupIterations: 1, maxIterations: 5)) { benchmark in
        var allocated = 0, demand = 0
        for day in allocationSeason.season.days {
            let allocation = try SupplyAllocator().allocate(agents: day.agents, queues: day.queues)
            allocated += allocation.allocated
            demand += allocation.demand
        }
        blackHole((allocated, demand))
        if allocated == 0 || allocated > demand { fatalError("allocated \(allocated) of \(demand)") }
    } setup: {
        allocationSeason.season = AllocationSeason.generate()
    }

    // What `report peak` computes after reading: the base allocation of every day, then, from
    // "today" (the season's first day, so every day is planned), with overtime, with the
    // cross-trained agents and with the hires: up to four season allocations.
    let planSeason = PlanSeasonBox()
    Benchmark("Supply season allocation, 44 queues x 1,500 agents x 42 days, once",
              configuration: .init(warmupIterations: 1, maxIterations: 5)) { benchmark in
        let input = planSeason.season
        let season = try SeasonAllocation(queues: input.queues, workforce: input.workforce, days: input.days)
        blackHole(season.byDay.count)
    } setup: {
        planSeason.season = PlanSeason.generate()
    }

    Benchmark("Supply plan, 44 queues x 1,500 agents x 42 days, from the first day",
              configuration: .init(warmupIterations: 1, maxIterations: 5)) { benchmark in
        let input = planSeason.season
        let plan = try SeasonPlan(queues: input.queues, workforce: input.workforce, days: input.days, today: input.days[0])
        let series = CapacitySeries(plan: plan, queueIDs: input.queues.map(\.queueID), actuals: [:])
        blackHole((plan.actions.count, series.days.count))
        if plan.actions.isEmpty || series.days.count != 42 { fatalError("no plan: \(plan.actions.count) actions") }
    } setup: {
        planSeason.season = PlanSeason.generate()
    }
}

/// The synthetic season the allocation benchmark's setup builds.
final class AllocationSeasonBox: @unchecked Sendable {
    var season = AllocationSeason(days: [])
}

/// The world a benchmark's setup builds for its iterations (one benchmark runs per process).
final class WorldBox: @unchecked Sendable {
    var queues: [DemoQueue] = []
}
