import CallboardDomain
@testable import CallboardProjections
import EventStore
import Foundation
import PostgresTestSupport
import Projections
import Testing

/// The hourly service-level rollup (``ServiceLevelHoursProjection``) gives `report sla`
/// exactly the figures of the interval rows, on every clock: the queue's own, another
/// whole-hour zone, a half-hour zone (read from the intervals), with an SLA change on a whole
/// hour mid-month, one in the middle of an hour, and corrections.
@Suite("Service-level rollup equals the interval computation")
struct ServiceLevelRollupTests {
    /// Five queues on four clocks, ~2,000 intervals from 28 October to 3 December 2026 with
    /// corrections; PET-V changes SLA on 16 November 05:00 UTC (a whole hour), PET-H on
    /// 10 November 10:30 UTC (mid-hour: that queue is read from its intervals).
    static func world(_ store: EventLog) async throws {
        var world = WorldLog(store: store)
        try await Worlds.serviceLevels(&world)
        try await world.openQueue("PET-M", account: "PET", zone: "Asia/Manila", slaFrom: utc("2026-01-01T00:00:00Z"))
        try await world.openQueue("PET-K", account: "PET", zone: "Asia/Kolkata", slaFrom: utc("2026-01-01T00:00:00Z"))
        try await world.openQueue("PET-H", account: "PET", zone: "Europe/London", slaFrom: utc("2026-01-01T00:00:00Z"))
        try await world.queue(.changeSLA(
            queue: "PET-H", sla: .answered(percent: 70, withinSeconds: 30, shortAbandonSeconds: 5),
            effectiveFrom: utc("2026-11-10T10:30:00Z")))
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let first = utc("2026-10-28T00:00:00Z")
        for queue: QueueID in ["PET-V", "PET-E", "PET-M", "PET-K", "PET-H"] {
            for day in 0..<37 {
                for slot in stride(from: next(4), to: 48, by: 5) {
                    let start = first.addingTimeInterval(TimeInterval(day * 86_400 + slot * 1800))
                    let offered = 5 + next(60)
                    let abandoned = next(offered / 4 + 1)
                    let short = next(abandoned + 1)
                    let figures = ContactIntervalFigures(
                        offered: offered, handled: offered - abandoned, abandoned: abandoned, shortAbandoned: short,
                        answeredWithinThreshold: next(offered - abandoned + 1), handleSeconds: next(20_000))
                    try await world.report(queue, at: start, figures)
                    if next(15) == 0 {
                        let corrected = ContactIntervalFigures(
                            offered: offered + 3, handled: offered - abandoned + 3, abandoned: abandoned, shortAbandoned: short,
                            answeredWithinThreshold: next(offered - abandoned + 4), handleSeconds: next(20_000))
                        try await world.report(queue, at: start, corrected)
                    }
                }
            }
        }
    }

    @Test func everyMonthAndClockGivesTheIntervalFigures() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await Self.world(store)
            let harness = ReadModelHarness(store: store)
            try await harness.settle()
            for month in ["2026-10", "2026-11", "2026-12"] {
                for zone: TimeZoneID? in [nil, "Asia/Manila", "Europe/London", "UTC", "Asia/Kolkata", "America/St_Johns"] {
                    let month = try #require(LocalMonth(parsing: month))
                    let rollup = SLAReport(accountID: "PET", month: month, timeZone: zone)
                    var intervals = rollup
                    intervals.readsRollup = false
                    let fast = try await harness.reader.live(rollup).output
                    let oracle = try await harness.reader.live(intervals).output
                    #expect(!oracle.rows.isEmpty, "\(month) \(zone?.rawValue ?? "queue clocks")")
                    #expect(fast == oracle, "\(month) \(zone?.rawValue ?? "queue clocks")")
                }
            }
        }
    }

    @Test func theRollupSumsEachHoursIntervals() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await Self.world(store)
            let harness = ReadModelHarness(store: store)
            try await harness.settle()
            let rows = try await store.client.query("""
                SELECT count(*)::int8 FROM (
                  SELECT queue_id, date_trunc('hour', interval_start, 'UTC') AS hour, sum(offered) AS offered,
                         sum(handled) AS handled, sum(abandoned) AS abandoned, sum(short_abandoned) AS short_abandoned,
                         sum(answered_within_threshold) AS answered, sum(handle_seconds) AS handle
                    FROM rm_queue_intervals.intervals GROUP BY 1, 2
                  EXCEPT
                  SELECT queue_id, hour_start, offered, handled, abandoned, short_abandoned, answered_within_threshold,
                         handle_seconds
                    FROM rm_service_level_hours.hours) differing
                """, logger: TestDatabase.logger)
            var differing = -1
            for try await count in rows.decode(Int.self) { differing = count }
            #expect(differing == 0)
            let hours = try await harness.dump(ServiceLevelHoursProjection())
            #expect((hours["hours"]?.count ?? 0) > 1000)
        }
    }
}
