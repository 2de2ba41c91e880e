import CapacityPlanning
import Forecasting
import Testing

/// The season allocated once, its site views and the plan from today, on small worlds.
@Suite("Season allocation, site views and the plan from today")
struct SeasonPlanTests {
    static let first: LocalDate = "2026-11-23"
    static let lead = TrainingLeadTime(programID: "P", modules: 2, nestingDays: 10)  // 16 days to cross-train, 37 to hire

    /// A queue needing `headcounts` people on consecutive days from ``first``.
    static func queue(_ id: String, _ headcounts: [Int], priority: AllocationPriority = .contractSLA) -> PlanQueue {
        PlanQueue(queueID: id, priority: priority, days: headcounts.enumerated().map { index, people in
            DailyRequirement(day: first.adding(days: index), contactsP50: Double(people * 100), contactsP90: Double(people * 120),
                             peakScheduled: people, scheduledHours: Double(people * 8), headcount: people)
        }, leadTime: lead)
    }

    static func days(_ count: Int) -> [LocalDate] { (0..<count).map { first.adding(days: $0) } }

    /// An agent eligible for `queues` on each of `days`.
    static func agent(_ id: String, at site: String, serves queues: [String], on days: [LocalDate],
                      trainable: [String] = []) -> WorkforceAgent {
        WorkforceAgent(agentID: id, siteID: site, eligible: Dictionary(uniqueKeysWithValues: days.map { ($0, queues) }),
                       trainable: trainable)
    }

    @Test func aMultiSkilledAgentIsInEveryPoolButAllocatedOnce() throws {
        let days = Self.days(1)
        let queues = [Self.queue("A", [2]), Self.queue("B", [2])]
        let workforce = [Self.agent("x", at: "MNL", serves: ["A", "B"], on: days),
                         Self.agent("y", at: "MNL", serves: ["A"], on: days), Self.agent("z", at: "CEB", serves: ["B"], on: days)]
        let season = try SeasonAllocation(queues: queues, workforce: workforce, days: days)
        let a = try #require(CapacityDay(queueID: "A", day: Self.first, in: season))
        let b = try #require(CapacityDay(queueID: "B", day: Self.first, in: season))
        #expect(a.poolAgents == 2 && b.poolAgents == 2, "x could serve either queue")
        #expect(abs(a.allocated + b.allocated - 3) < 1e-9, "three people, each counted once")
        #expect(abs(a.gap + b.gap - 1) < 1e-9)
        let x = try #require(season.byDay[Self.first]?.agents.first { $0.agentID == "x" })
        #expect(x.allocated <= x.units)
    }

    @Test func siteSharesAddUpToTheQueueAndSiteDaysToTheNetwork() throws {
        let days = Self.days(2)
        let queues = [Self.queue("A", [5, 1]), Self.queue("B", [3, 3]), Self.queue("NOBODY", [2, 2])]
        let workforce = [Self.agent("m1", at: "MNL", serves: ["A"], on: days), Self.agent("m2", at: "MNL", serves: ["A", "B"], on: days),
                         Self.agent("c1", at: "CEB", serves: ["A", "B"], on: days), Self.agent("s1", at: "SOF", serves: ["B"], on: [days[0]])]
        let season = try SeasonAllocation(queues: queues, workforce: workforce, days: days)
        #expect(try SeasonAllocation(queues: queues, workforce: workforce.reversed(), days: days.reversed()).byDay.mapValues(\.queues)
                == season.byDay.mapValues(\.queues), "days allocated in parallel, the same whatever the order")
        for day in days {
            var required = 0.0, allocated = 0.0, unassigned = 0.0
            for queue in queues {
                let row = try #require(CapacityDay(queueID: queue.queueID, day: day, in: season))
                let demand = row.sites.reduce(0) { $0 + $1.demand }
                #expect(abs(demand + row.unassigned - Double(row.required)) < 1e-9)
                #expect(abs(row.sites.reduce(0) { $0 + $1.allocated } - row.allocated) < 1e-9)
                #expect(abs(row.sites.reduce(0) { $0 + $1.gap } + row.unassigned - row.gap) < 1e-9)
                required += Double(row.required)
                allocated += row.allocated
                unassigned += row.unassigned
            }
            let sites = SiteDay.all(on: day, in: season, queues: queues, seats: ["MNL": 1, "CEB": 10])
            #expect(abs(sites.reduce(0) { $0 + $1.demand } + unassigned - required) < 1e-9)
            #expect(abs(sites.reduce(0) { $0 + $1.allocated } - allocated) < 1e-9)
            #expect(unassigned == 2, "nobody can serve NOBODY: its demand belongs to no site")
        }
        // Day 1: A needs 5 and gets 3 (m1, c1 and part of m2 or all); the gap of A is split by eligible time: MNL 2/3, CEB 1/3.
        let a = try #require(CapacityDay(queueID: "A", day: Self.first, in: season))
        #expect(a.sites.map(\.siteID) == ["CEB", "MNL"])
        let mnl = try #require(SiteDay.all(on: Self.first, in: season, queues: queues, seats: ["MNL": 1]).first { $0.siteID == "MNL" })
        #expect(mnl.agents == 2 && mnl.seats == 1 && mnl.seatsNeeded > 1 && mnl.seatsShort == mnl.seatsNeeded - 1)
    }

    @Test func aHireWhoseLatestStartHasPassedIsOverdueWithTheDaysItCanNoLongerClose() throws {
        let days = Self.days(39)  // 2026-11-23 to 2026-12-31
        let queues = [Self.queue("A", Array(repeating: 3, count: 39))]
        let late = try SeasonPlan(queues: queues, workforce: [], days: days, today: "2026-11-10")
        let hire = try #require(late.actions.first { $0.kind == .hire })
        #expect(hire.latestStart == "2026-10-17" && hire.overdue)
        #expect(hire.landsOn == "2026-12-17" && hire.unreachableDays == 24 && hire.days == 15 && hire.agents == 3)

        let early = try SeasonPlan(queues: queues, workforce: [], days: days, today: "2026-10-01")
        let onTime = try #require(early.actions.first { $0.kind == .hire })
        #expect(!onTime.overdue && onTime.unreachableDays == 0 && onTime.landsOn == "2026-11-23" && onTime.days == 39)
        let planned = try #require(CapacityDay(queueID: "A", day: "2026-11-23", in: early.planned))
        #expect(planned.gap == 0, "the hires close the gap once they land")
    }

    @Test func hiresAreSizedToTheDaysTheyCanStillReach() throws {
        let days = Self.days(39)
        // Ten short the first week, two short from 17 December on.
        let queues = [Self.queue("A", Array(repeating: 10, count: 24) + Array(repeating: 2, count: 15)),
                      Self.queue("EARLY", Array(repeating: 4, count: 8) + Array(repeating: 0, count: 31))]
        let plan = try SeasonPlan(queues: queues, workforce: [], days: days, today: "2026-11-10")
        let a = try #require(plan.actions.first { $0.queueID == "A" && $0.kind == .hire })
        #expect(a.agents == 2 && a.overdue && a.unreachableDays == 24)
        let early = try #require(plan.actions.first { $0.queueID == "EARLY" && $0.kind == .hire })
        #expect(early.agents == 0 && early.overdue && early.unreachableDays == 8 && early.days == 0,
                "no hire reaches the first week: the row says so and hires nobody")
        #expect(try #require(CapacityDay(queueID: "A", day: "2026-11-30", in: plan.planned)).gap == 10)
        #expect(try #require(CapacityDay(queueID: "A", day: "2026-12-20", in: plan.planned)).gap == 0)
    }

    @Test func crossTrainingNeverProposesOnePersonForTwoQueues() throws {
        let days = Self.days(14)
        let queues = [Self.queue("A", Array(repeating: 1, count: 14)), Self.queue("B", Array(repeating: 1, count: 14)),
                      Self.queue("HOME", Array(repeating: 0, count: 14))]
        // Both idle at home; c1 could learn A or B, c2 only A.
        let workforce = [Self.agent("c1", at: "CEB", serves: ["HOME"], on: days, trainable: ["A", "B"]),
                         Self.agent("c2", at: "CEB", serves: ["HOME"], on: days, trainable: ["A"])]
        let plan = try SeasonPlan(queues: queues, workforce: workforce, days: days, today: "2026-11-01", overtime: OvertimeRule(hoursPerWeek: 0))
        let training = plan.actions.filter { $0.kind == .crossTrain }
        let people = training.flatMap(\.agentIDs)
        #expect(Set(people).count == people.count, "each person at most once")
        #expect(training.count == 2 && people.sorted() == ["c1", "c2"], "c2 learns A, c1 learns B")
        #expect(training.allSatisfy { !$0.overdue && $0.landsOn == "2026-11-23" && $0.latestStart == "2026-11-07" })
        #expect(!plan.actions.contains { $0.kind == .hire }, "the cross-trained agents close both gaps")
        for day in days {
            #expect(try #require(CapacityDay(queueID: "A", day: day, in: plan.planned)).gap == 0)
            #expect(try #require(CapacityDay(queueID: "B", day: day, in: plan.planned)).gap == 0)
        }
    }

    @Test func overtimeIsCappedPerAgentAndOnlyFromToday() throws {
        let days = Self.days(7)
        let queues = [Self.queue("A", Array(repeating: 2, count: 7))]
        let plan = try SeasonPlan(queues: queues, workforce: [Self.agent("x", at: "MNL", serves: ["A"], on: days)], days: days,
                                  today: "2026-11-26", overtime: OvertimeRule(hoursPerWeek: 4))
        let overtime = try #require(plan.actions.first { $0.kind == .overtime })
        // 4 hours a week is 240 of the agent's 2,400 minutes: 0.1 agent on each of the 4 days from today.
        #expect(overtime.siteID == "MNL" && overtime.agents == 1 && overtime.days == 4)
        #expect(abs(try #require(overtime.hours) - 4.0 * 4 / 7) < 1e-9)
        #expect(try #require(CapacityDay(queueID: "A", day: "2026-11-25", in: plan.planned)).allocated == 1, "no overtime in the past")
        #expect(abs(try #require(CapacityDay(queueID: "A", day: "2026-11-26", in: plan.planned)).allocated - 1.1) < 1e-9)
        for day in days {
            for agent in plan.planned.byDay[day]!.agents { #expect(agent.allocated <= 2_640) }
        }
    }

    @Test func theChartSeriesComesFromThePlan() throws {
        let days = Self.days(3)
        let queues = [Self.queue("A", [2, 2, 2]), Self.queue("B", [1, 1, 1])]
        let plan = try SeasonPlan(queues: queues, workforce: [Self.agent("x", at: "MNL", serves: ["A", "B"], on: days)],
                                  days: days, today: "2026-11-24", overtime: OvertimeRule(hoursPerWeek: 0))
        let series = CapacitySeries(plan: plan, queueIDs: ["A", "B"], actuals: ["A": ["2026-11-23": 100]])
        #expect(series.today == "2026-11-24" && series.days.map(\.day) == days && series.panels.map(\.queueID) == ["A", "B"])
        let past = series.days[0]
        #expect(past.requiredP50 == 3 && abs(past.requiredP90 - 3.6) < 1e-9 && past.allocated == 1)
        #expect(past.actualRequired == 1, "A's 100 contacts against 200 forecast: half of its 2 people; B had no report")
        #expect(series.days[1].actualRequired == nil, "today is not history yet")
        #expect(series.panels[1].days[0].actualRequired == nil)
        #expect(series.days[2].planned >= series.days[2].allocated)
    }
}
