import Foundation

/// The rules for a queue's interval reports in one UTC month: figures must be consistent and
/// aligned; the first report of an interval is recorded, the same figures again change
/// nothing, and different figures become a correction keeping the old and the new.
public enum ContactIntervals: Decider {
    /// The figures already recorded in the stream, per interval.
    public typealias State = IntervalLedger<Date, ContactIntervalFigures>

    public static func streamID(for report: ContactIntervalReport) -> StreamID {
        .contactIntervals(report.queueID, UTCMonth(containing: report.start))
    }

    public static func evolve(_ state: State?, _ event: ContactIntervalEvent) -> State {
        var ledger = state ?? State()
        switch event {
        case let .reported(e): ledger.record(e.figures, at: e.start, length: e.length, revision: 0)
        case let .corrected(e): ledger.record(e.corrected, at: e.start, length: e.length, revision: e.revision)
        }
        return ledger
    }

    public static func decide(
        _ report: ContactIntervalReport, state: State?, context: Void = ()
    ) throws(IntervalRejection) -> [ContactIntervalEvent] {
        let problems = report.problems
        guard problems.isEmpty else { throw .invalidFields(problems) }
        let ledger = state ?? State()
        if let recorded = ledger.length, recorded != report.length {
            throw .lengthMismatch(stream: streamID(for: report), recorded: recorded, reported: report.length)
        }
        switch ledger.outcome(of: report.figures, at: report.start) {
        case .unchanged:
            return []
        case .firstReport:
            return [.reported(.init(queueID: report.queueID, start: report.start, length: report.length,
                                    figures: report.figures))]
        case let .correction(previous, revision):
            return [.corrected(.init(queueID: report.queueID, start: report.start, length: report.length,
                                     previous: previous, corrected: report.figures, revision: revision))]
        }
    }
}
