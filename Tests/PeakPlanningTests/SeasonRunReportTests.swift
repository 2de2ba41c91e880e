import CallboardDomain
@testable import PeakPlanning
import Testing

/// What `forecast run` prints after its summary: every queue a scheduler must look at.
@Suite struct SeasonRunReportTests {
    @Test func lowConfidenceFlaggedDaysSkipsAndFailuresAreListedQueueByQueue() {
        let outage = PublishedFlaggedDay(day: "2026-10-12", reason: "outage", expected: 1_210.4, actual: 130)
        let gap = PublishedFlaggedDay(day: "2026-10-19", reason: "feed_gap", expected: 1_190, actual: 0)
        let report = SeasonRunReport(
            season: "black-friday-2026", modelVersion: "callboard-volume-2",
            outcomes: [("A", .published(revision: 2)), ("B", .unchanged(revision: 1)), ("C", .published(revision: 1)),
                       ("D", .skipped(reason: "the history already reaches past the season's end")),
                       ("E", .failed(reason: "the queue has no SLA"))],
            details: ["A": QueueRunDetail(confidence: .normal, method: "own history", flaggedDays: [outage, gap],
                                          ownPeakShare: 0.364),
                      "B": QueueRunDetail(confidence: .low, method: "fallback: no history of its own", flaggedDays: []),
                      "C": QueueRunDetail(confidence: .normal, method: "own history", flaggedDays: [])])
        #expect(report.queueLines == [
            "A: peak uplift 36% from its own history, 64% from the pooled estimate",
            "A: 2 training day(s) flagged and kept out: 2026-10-12 outage (expected 1210, reported 130); "
                + "2026-10-19 feed gap (expected 1190, reported 0)",
            "B: low confidence, fallback: no history of its own",
            "D: skipped: the history already reaches past the season's end",
            "E: FAILED: the queue has no SLA",
        ])
        #expect(report.summary == "black-friday-2026: 2 published, 1 unchanged, 1 of them low-confidence, 1 skipped, "
            + "1 failed (model callboard-volume-2).")
    }
}
