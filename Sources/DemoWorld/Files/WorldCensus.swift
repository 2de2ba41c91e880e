import Foundation

/// Counts what a generated world holds, for the demo's tour and the tests.
enum WorldCensus {
    static func summary(of files: [DemoFile], roster: [RosterAgent], window: HistoryWindow) -> DemoWorldSummary {
        func rows(_ kind: DemoFileKind) -> Int {
            files.filter { $0.kind == kind }.reduce(0) { $0 + $1.rowCount }
        }
        var summary = DemoWorldSummary()
        summary.sites = rows(.sites)
        summary.accounts = rows(.accounts)
        summary.queues = rows(.queues)
        summary.agents = rows(.agents)
        summary.agentsByStatus = Dictionary(grouping: roster, by: \.status.rawValue).mapValues(\.count)
        summary.intervalRows = rows(.intervals)
        summary.agentIntervalRows = rows(.agentIntervals)
        summary.qaEvaluations = rows(.qa)
        summary.csatSurveys = rows(.csat)
        summary.commendations = rows(.commendations)
        summary.shifts = rows(.shifts)
        summary.historyStart = Date(timeIntervalSince1970: TimeInterval(window.start))
        summary.historyEnd = Date(timeIntervalSince1970: TimeInterval(window.end))
        return summary
    }
}
