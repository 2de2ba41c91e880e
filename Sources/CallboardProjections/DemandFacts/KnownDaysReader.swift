import CallboardDomain
import Forecasting
import PostgresNIO

/// Reads what the business knows about some queues' days (``DemandFactsProjection``) into
/// the forecaster's ``KnownDays``: each queue's closures and confirmed-real days, and the
/// campaigns of its account that touch it (account-wide ones touch every queue).
///
/// Exists so the forecast jobs get these facts from the same read-model snapshot as the
/// history (see ``PlanningInputsQuery``); queries that call it list `DemandFactsProjection`
/// among their read models.
public enum KnownDaysReader {
    /// The known days of each queue (a queue with no facts gets an empty ``KnownDays``);
    /// campaigns in order of first day and name.
    public static func read(queues: [(queue: QueueID, account: AccountID)], in source: ReadModelSource)
        async throws -> [QueueID: KnownDays] {
        let schema = source.schemas.schema(of: DemandFactsProjection())
        let ids = queues.map(\.queue.rawValue), accounts = Array(Set(queues.map(\.account.rawValue)))
        var known = Dictionary(queues.map { ($0.queue, KnownDays()) }, uniquingKeysWith: { first, _ in first })
        for (queue, day, reason) in try await days("closures", of: ids, schema, source) {
            known[QueueID(queue)]?.closures[LocalDate(daysSinceEpoch: day)] = reason
        }
        for (queue, day, _) in try await days("confirmed_days", of: ids, schema, source) {
            known[QueueID(queue)]?.confirmedReal.insert(LocalDate(daysSinceEpoch: day))
        }
        let rows = try await source.connection.query("""
            SELECT account_id, queue_id, name, kind, (first_day - DATE '1970-01-01')::int8,
                   (last_day - DATE '1970-01-01')::int8, expected_uplift
              FROM \(unescaped: schema).campaigns WHERE account_id = ANY(\(accounts))
             ORDER BY first_day, name
            """, logger: source.logger)
        for try await (account, queue, name, kind, first, last, uplift) in rows.decode(
            (String, String?, String, String, Int, Int, Double?).self
        ) {
            guard let kind = DemandCampaign.Kind(rawValue: kind), last >= first else {
                throw StoredValue.Unreadable(kind: "campaign", text: "\(name) (\(kind), \(first)...\(last))")
            }
            let campaign = DemandCampaign(name: name, kind: kind,
                                          days: LocalDate(daysSinceEpoch: first)...LocalDate(daysSinceEpoch: last),
                                          expectedUplift: uplift)
            for entry in queues where entry.account.rawValue == account && (queue == nil || queue == entry.queue.rawValue) {
                known[entry.queue]?.campaigns.append(campaign)
            }
        }
        return known
    }

    /// Queue, day (days since 1970-01-01) and reason of each row of a day table.
    private static func days(_ table: String, of queues: [String], _ schema: String, _ source: ReadModelSource)
        async throws -> [(String, Int, String)] {
        let rows = try await source.connection.query("""
            SELECT queue_id, (day - DATE '1970-01-01')::int8, reason
              FROM \(unescaped: schema).\(unescaped: table) WHERE queue_id = ANY(\(queues)) ORDER BY queue_id, day
            """, logger: source.logger)
        var found: [(String, Int, String)] = []
        for try await row in rows.decode((String, Int, String).self) { found.append(row) }
        return found
    }
}
