import DemoWorld
import Foundation
import Testing

extension WorldSuites {
    /// The full world is the size the demo promises: six sites, at least 30 queues, about
    /// 1,500 agents, two years of intervals per queue, and agent activity kept under 400k rows.
    @Suite struct WorldSizeTests {
        let world = Worlds.full

        @Test func catalogAndWorkforceCounts() {
            let summary = world.summary
            #expect(summary.sites == 6)
            #expect(summary.accounts >= 4)
            #expect(summary.queues >= 30)
            #expect((1_400...1_600).contains(summary.agents))
            #expect(Set(summary.agentsByStatus.keys) == ["training", "nesting", "live", "leave", "left"])
            #expect(Double(summary.agentsByStatus["live"] ?? 0) > 0.75 * Double(summary.agents))
            #expect(world.files(of: .intervals).count == summary.queues)
        }

        @Test func everyQueueHasTwoYearsOfIntervalsUpToNow() {
            let end = Int(world.summary.historyEnd.timeIntervalSince1970)
            #expect(end == Int(Worlds.now.timeIntervalSince1970))
            for file in world.files(of: .intervals) {
                let rows = Worlds.fullIntervalRows(file.fileName)
                guard let first = rows.first, let last = rows.last else {
                    Issue.record("\(file.fileName) is empty")
                    continue
                }
                #expect(last.start - first.start >= 2 * 365 * 86_400, "\(file.fileName)")
                #expect(last.start + 1_800 <= end, "\(file.fileName) stops before now")
                #expect(end - last.start <= 3 * 86_400, "\(file.fileName) runs up to now")
            }
        }

        @Test func recentFactsAreSizedForScorecards() {
            let summary = world.summary
            #expect((100_000..<400_000).contains(summary.agentIntervalRows))
            #expect(summary.qaEvaluations > 5 * (summary.agentsByStatus["live"] ?? 0))
            #expect(summary.csatSurveys > summary.qaEvaluations)
            #expect((50...2_000).contains(summary.commendations))
            #expect(summary.shifts > 10 * (summary.agentsByStatus["live"] ?? 0))
            let ninetyTwoDaysAgo = Int(Worlds.now.timeIntervalSince1970) - 92 * 86_400
            #expect(world.files(of: .agentIntervals).count == 6, "one file per site")
            for file in world.files(of: .agentIntervals) {
                let rows = AgentIntervalRow.all(in: file)
                #expect(rows.allSatisfy { $0.start >= ninetyTwoDaysAgo }, "\(file.fileName)")
            }
        }

        @Test func theSmallWorldIsSmall() {
            let summary = Worlds.small.summary
            // A fifth of the workforce (issue 13: the 51 agents of a fortieth could not staff 44 queues).
            #expect((250...350).contains(summary.agents))
            #expect(summary.queues == world.summary.queues)
            // Nine weeks: every queue has the eight whole weeks of history the season forecast asks for.
            #expect(summary.historyEnd.timeIntervalSince(summary.historyStart) <= 64 * 86_400)
            #expect(summary.historyEnd.timeIntervalSince(summary.historyStart) >= 63 * 86_400)
            #expect(summary.intervalRows < world.summary.intervalRows / 10)
        }
    }
}
