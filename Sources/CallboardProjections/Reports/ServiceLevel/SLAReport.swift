import CallboardDomain
import Foundation
import PostgresNIO
import Projections

/// `report sla --account A --month 2026-11 [--tz ZONE]`: daily and monthly service level of
/// each of the account's queues against its contract (see ``ServiceLevelAttainment`` for
/// the rule). Days are local days on each queue's market clock unless `timeZone` is given;
/// each interval counts under the SLA in force at its start; intervals before a queue's
/// first SLA are not judged.
///
/// A month closed with `callboard sla close` (on the market clocks, no `timeZone`) returns
/// the figures reported to the client by default, with later corrections beside them, as a
/// granted award does (``ServiceLevelReport/closure``).
public struct SLAReport: ReportQuery {
    public let accountID: AccountID
    public let month: LocalMonth
    public let timeZone: TimeZoneID?
    /// Whether the hourly rollup may be read (it always may but in tests, which compare it
    /// with the interval rows it sums).
    var readsRollup = true

    public init(accountID: AccountID, month: LocalMonth, timeZone: TimeZoneID? = nil) {
        self.accountID = accountID
        self.month = month
        self.timeZone = timeZone
    }

    public var readModels: [any Projection] { Self.figureModels + [SLAMonthsProjection()] }

    /// The read models the figures come from (read again as known at a close).
    static let figureModels: [any Projection] = [ClientAccountsProjection(), QueueIntervalsProjection(), ServiceLevelHoursProjection()]

    public func read(from source: ReadModelSource) async throws -> ServiceLevelReport {
        let current = try await figures(from: source)
        guard timeZone == nil, var closure = try await SLAMonthClosure.read(accountID, month, from: source) else {
            return current
        }
        // The closed figures: the same report as known when the month was closed.
        let closed = try await figures(from: try await source.asKnownAt(closure.knownAt, readModels: Self.figureModels))
        closure.fingerprintMatches = SLAMonthClosure.fingerprint(of: closed.rows) == closure.figuresFingerprint
        var report = closed
        report.closure = closure
        report.laterCorrections = current.rows.filter { !closed.rows.contains($0) }
        return report
    }

    /// The figures as the read models in `source` stand, closed or not.
    func figures(from source: ReadModelSource) async throws -> ServiceLevelReport {
        if let timeZone, timeZone.timeZone == nil { throw ReportError.unknownTimeZone(timeZone.rawValue) }
        let queues = try await AccountQueue.all(of: accountID, in: source)
        let channels = Dictionary(uniqueKeysWithValues: queues.map { ($0.queueID, $0.channel) })
        var rows: [ServiceLevelRow] = []
        var monthly: [MonthKey: (ServiceLevelAgreement, ContactIntervalFigures)] = [:]
        for day in try await dailyFigures(source) {
            guard let channel = channels[day.queueID] else { continue }
            let sla = try StoredValue.json(day.sla, as: ServiceLevelAgreement.self)
            rows.append(ServiceLevelRow(
                queueID: day.queueID, channel: channel, period: .day(day.date), sla: sla, slaEffectiveFrom: day.slaEffectiveFrom,
                figures: day.figures, attainment: ServiceLevelAttainment(day.figures, against: sla)))
            let key = MonthKey(queueID: day.queueID, slaEffectiveFrom: day.slaEffectiveFrom)
            monthly[key] = (sla, (monthly[key]?.1 ?? .zero) + day.figures)
        }
        for key in monthly.keys.sorted() {
            guard let (sla, figures) = monthly[key], let channel = channels[key.queueID] else { continue }
            let row = ServiceLevelRow(
                queueID: key.queueID, channel: channel, period: .month(month), sla: sla, slaEffectiveFrom: key.slaEffectiveFrom,
                figures: figures, attainment: ServiceLevelAttainment(figures, against: sla))
            // After the queue's last day row.
            let index = rows.lastIndex { $0.queueID == key.queueID }.map { $0 + 1 } ?? rows.endIndex
            rows.insert(row, at: index)
        }
        return ServiceLevelReport(accountID: accountID, month: month, timeZone: timeZone, rows: rows)
    }

    /// A queue's month under one SLA.
    private struct MonthKey: Hashable, Comparable {
        let queueID: QueueID
        let slaEffectiveFrom: Date
        static func < (lhs: MonthKey, rhs: MonthKey) -> Bool {
            (lhs.queueID, lhs.slaEffectiveFrom) < (rhs.queueID, rhs.slaEffectiveFrom)
        }
    }

    /// One queue's figures for one local day under one SLA.
    private struct DayFigures {
        let queueID: QueueID
        let date: LocalDate
        let slaEffectiveFrom: Date
        let sla: String
        let figures: ContactIntervalFigures
    }

    /// Each queue's figures per local day and SLA: from the hourly rollup
    /// (``ServiceLevelHoursProjection``) for a queue whose days on the clock asked for all
    /// start on a whole UTC hour and whose SLAs all took effect on one, else from its
    /// interval rows. Both give the same sums: see the rollup's documentation.
    private func dailyFigures(_ source: ReadModelSource) async throws -> [DayFigures] {
        let accounts = source.schemas.clientAccounts
        let rows = try await source.connection.query("""
            WITH zoned AS (SELECT queue_id, coalesce(\(timeZone?.rawValue)::text, time_zone) AS zone
                             FROM \(unescaped: accounts).queues WHERE account_id = \(accountID.rawValue)),
                 q AS (SELECT z.queue_id, z.zone,
                              (\(month.firstDay.description)::timestamp AT TIME ZONE z.zone) AS month_start,
                              (\(month.next.firstDay.description)::timestamp AT TIME ZONE z.zone) AS month_end,
                              \(readsRollup) AND NOT EXISTS (SELECT 1 FROM generate_series(\(month.firstDay.description)::date,
                                                                        \(month.next.firstDay.description)::date, interval '1 day') d
                                           WHERE date_trunc('hour', d::timestamp AT TIME ZONE z.zone, 'UTC')
                                                 <> d::timestamp AT TIME ZONE z.zone)
                              AND NOT EXISTS (SELECT 1 FROM \(unescaped: accounts).queue_slas s
                                               WHERE s.queue_id = z.queue_id
                                                 AND date_trunc('hour', s.effective_from, 'UTC') <> s.effective_from) AS hourly
                         FROM zoned z),
                 facts AS (
                   SELECT h.queue_id, h.hour_start AS start, h.offered, h.handled, h.abandoned, h.short_abandoned,
                          h.answered_within_threshold, h.handle_seconds
                     FROM q JOIN \(unescaped: source.schemas.serviceLevelHours).hours h ON h.queue_id = q.queue_id
                      AND q.hourly AND h.hour_start >= q.month_start AND h.hour_start < q.month_end
                   UNION ALL
                   SELECT i.queue_id, i.interval_start, i.offered, i.handled, i.abandoned, i.short_abandoned,
                          i.answered_within_threshold, i.handle_seconds
                     FROM q JOIN \(unescaped: source.schemas.queueIntervals).intervals i ON i.queue_id = q.queue_id
                      AND NOT q.hourly AND i.interval_start >= q.month_start AND i.interval_start < q.month_end)
            SELECT f.queue_id, (f.start AT TIME ZONE q.zone)::date::text, sla.effective_from, sla.sla::text,
                   sum(f.offered)::int8, sum(f.handled)::int8, sum(f.abandoned)::int8, sum(f.short_abandoned)::int8,
                   sum(f.answered_within_threshold)::int8, sum(f.handle_seconds)::int8
              FROM facts f
              JOIN q ON q.queue_id = f.queue_id
              JOIN LATERAL (SELECT s.effective_from, s.sla FROM \(unescaped: accounts).queue_slas s
                             WHERE s.queue_id = f.queue_id AND s.effective_from <= f.start
                             ORDER BY s.effective_from DESC LIMIT 1) sla ON true
             GROUP BY 1, 2, 3, 4
             ORDER BY 1, 2, 3
            """, logger: source.logger)
        var days: [DayFigures] = []
        for try await (queue, day, effectiveFrom, sla, offered, handled, abandoned, short, answered, handle) in rows.decode(
            (String, String, Date, String, Int, Int, Int, Int, Int, Int).self
        ) {
            days.append(DayFigures(
                queueID: QueueID(queue), date: try StoredValue.date(day), slaEffectiveFrom: effectiveFrom, sla: sla,
                figures: ContactIntervalFigures(
                    offered: offered, handled: handled, abandoned: abandoned, shortAbandoned: short,
                    answeredWithinThreshold: answered, handleSeconds: handle)))
        }
        return days
    }
}
