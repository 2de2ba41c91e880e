import CapacityPlanning
import Forecasting

/// The synthetic season of ``AllocationSeason`` as the season plan reads it, for the plan
/// benchmark: the same roster (1,500 agents, 5 sites, 1 to 4 queues of their account, 1 in 20
/// also a queue of another account), each agent off about 2 days in 7 and cross-trainable onto
/// one queue of another account, 44 queues needing half to one and a half times the people
/// their account's agents can give, each day. Seeded, so every run plans the same season.
struct PlanSeason {
    let queues: [PlanQueue]
    let workforce: [WorkforceAgent]
    let days: [LocalDate]

    static func generate(seed: UInt64 = 2026, agents agentCount: Int = 1_500) -> PlanSeason {
        var random = SplitMix(state: seed)
        let season = try! PeakSeason.named("black-friday-2026")
        let accounts = [8, 8, 7, 7, 7, 7]
        let queueIDs = accounts.enumerated().map { a, count in (0..<count).map { "ACC\(a)-Q\($0)" } }
        let allQueues = queueIDs.flatMap { $0 }
        let sites = ["CEB", "MNL", "SCZ", "SOF", "BOG"]
        var workforce: [WorkforceAgent] = []
        var perQueue: [String: Double] = [:]
        for n in 0..<agentCount {
            let account = random.below(accounts.count)
            var queues = Set([queueIDs[account][random.below(accounts[account])]])
            for _ in 0..<random.below(4) { queues.insert(queueIDs[account][random.below(accounts[account])]) }
            if random.below(20) == 0 { queues.insert(allQueues[random.below(allQueues.count)]) }
            let other = (account + 1 + random.below(accounts.count - 1)) % accounts.count
            var eligible: [LocalDate: [String]] = [:]
            for day in season.days where random.below(7) >= 2 { eligible[day] = queues.sorted() }
            for queue in queues { perQueue[queue, default: 0] += 1 / Double(queues.count) }
            workforce.append(WorkforceAgent(agentID: "AG\(n)", siteID: sites[random.below(sites.count)], eligible: eligible,
                                            trainable: [queueIDs[other][random.below(accounts[other])]]))
        }
        let lead = TrainingLeadTime(classroomDays: 9, nestingDays: 10, programID: "P")
        let queues = allQueues.enumerated().map { index, id in
            PlanQueue(queueID: id, priority: index % 3 == 2 ? .noContractSLA : .contractSLA, days: season.days.map { day in
                let people = Int((perQueue[id] ?? 0) * Double(50 + random.below(101)) / 100)
                return DailyRequirement(day: day, contactsP50: Double(people * 100), contactsP90: Double(people * 120),
                                        peakScheduled: people / 3, scheduledHours: Double(people * 6), headcount: people)
            }, leadTime: lead)
        }
        return PlanSeason(queues: queues, workforce: workforce, days: season.days)
    }
}

/// The synthetic plan season the plan benchmark's setup builds.
final class PlanSeasonBox: @unchecked Sendable {
    var season = PlanSeason(queues: [], workforce: [], days: [])
}
