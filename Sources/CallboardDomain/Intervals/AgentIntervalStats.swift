/// The rules for an agent's per-interval figures in one UTC month: consistent and aligned;
/// the same figures again change nothing, different ones become a correction.
public enum AgentIntervalStats: Decider {
    /// The figures already recorded in the stream, per interval.
    public typealias State = IntervalLedger<AgentIntervalKey, AgentIntervalFigures>

    public static func streamID(for report: AgentIntervalStatsReport) -> StreamID {
        .agentIntervalStats(report.agentID, UTCMonth(containing: report.start))
    }

    public static func evolve(_ state: State?, _ event: AgentIntervalStatsEvent) -> State {
        var ledger = state ?? State()
        switch event {
        case let .reported(e):
            ledger.record(e.figures, at: .init(queueID: e.queueID, start: e.start), length: e.length, revision: 0)
        case let .corrected(e):
            ledger.record(e.corrected, at: .init(queueID: e.queueID, start: e.start), length: e.length,
                          revision: e.revision)
        }
        return ledger
    }

    public static func decide(
        _ report: AgentIntervalStatsReport, state: State?, context: Void = ()
    ) throws(IntervalRejection) -> [AgentIntervalStatsEvent] {
        let problems = report.problems
        guard problems.isEmpty else { throw .invalidFields(problems) }
        let ledger = state ?? State()
        if let recorded = ledger.length, recorded != report.length {
            throw .lengthMismatch(stream: streamID(for: report), recorded: recorded, reported: report.length)
        }
        switch ledger.outcome(of: report.figures, at: report.key) {
        case .unchanged:
            return []
        case .firstReport:
            return [.reported(.init(agentID: report.agentID, queueID: report.queueID, start: report.start,
                                    length: report.length, figures: report.figures))]
        case let .correction(previous, revision):
            return [.corrected(.init(agentID: report.agentID, queueID: report.queueID, start: report.start,
                                     length: report.length, previous: previous, corrected: report.figures,
                                     revision: revision))]
        }
    }
}
