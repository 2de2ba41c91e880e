import CallboardReports
import CallboardDomain
import CallboardProjections
import Foundation
import Projections

/// `GET /v1/accounts/{account}/intervals?from=D&to=D[&queue=Q][&limit=N][&cursor=C]`: each
/// queue interval's contact figures and service level against the SLA in force, for the
/// local days `from` to `to` (inclusive) on the reader's clock, queue by queue in time order.
///
/// Without `limit` the whole period streams, read from PostgreSQL in keyset pages and
/// written as it is read (a year of 15-minute intervals for 30 queues in flat memory); with
/// `limit` one page answers, with the cursor of the next. Each page is read as a report
/// (``IntervalFactsQuery`` through `ReportReader.read`), its rows by ``IntervalsDefinition``.
struct IntervalsExport: AccountExport {
    let path = "/intervals"
    var readModels: [any Projection] { [ClientAccountsProjection()] + IntervalsDefinition.readModels }

    /// The most days one request may span (from and to counted): longer periods are split
    /// into several requests, so no single request holds the database for years of intervals.
    static let maximumDays = 400

    /// What a request asks for, its parameters checked.
    struct Selection {
        let days: ClosedRange<LocalDate>
        let queues: [QueueProfile]
        let after: IntervalKey?
        let limit: Int?
    }

    func selection(_ request: AccountRequest) throws(ExportError) -> Selection {
        let parameters = request.parameters
        let days = try parameters.dateRange(maximumDays: Self.maximumDays)
        let queues = request.profile.queues.filter { queue in parameters["queue"].map { $0 == queue.queueID.rawValue } ?? true }
        guard !queues.isEmpty || parameters["queue"] == nil else { throw ExportError.notFound }
        let limit = try parameters.integer("limit", in: 1...request.services.configuration.maximumPageLimit)
        let after = try parameters["cursor"].map { cursor throws(ExportError) in try Self.key(cursor, queues: queues) }
        return Selection(days: days, queues: queues, after: after, limit: limit)
    }

    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost {
        let selection = try self.selection(request)
        let dayCount = selection.days.upperBound.daysSinceEpoch - selection.days.lowerBound.daysSinceEpoch + 1
        let rows = dayCount * selection.queues.count * ExportCost.intervalsPerDay
        return ExportCost(estimatedRows: min(rows, selection.limit ?? rows))
    }

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let selection = try self.selection(request)
        let queues = selection.queues
        let span = (start: request.clock.start(of: selection.days.lowerBound),
                    end: request.clock.start(of: selection.days.upperBound.adding(days: 1)))
        let after = selection.after
        let (reader, asOf) = (request.services.reader, request.asOf)
        let read: @Sendable (IntervalKey?, Int) async throws -> ReportResult<IntervalFactsQuery.Page> = { key, limit in
            try await reader.read(IntervalFactsQuery(queues: queues, from: span.start, to: span.end, after: key, limit: limit), asOf: asOf)
        }
        guard let limit = selection.limit else {
            let pageSize = request.services.configuration.streamPageSize
            return ExportAnswer(ReportTable(columns: IntervalsDefinition.columns, zone: request.clock.zone, streaming: { emit in
                var key = after
                while true {
                    let page = try await read(key, pageSize).output
                    for facts in page.facts { try await emit(IntervalsDefinition.row(facts, page.queues)) }
                    guard page.facts.count == pageSize, let last = page.facts.last else { return }
                    key = IntervalKey(queueID: last.queueID, start: last.start)
                }
            }))
        }
        let result = try await read(after, limit + 1)
        let page = result.output
        let shown = Array(page.facts.prefix(limit))
        let next = page.facts.count > limit ? shown.last.map(Self.cursor) : nil
        return ExportAnswer(
            request.table(IntervalsDefinition.self, rows: shown.map { IntervalsDefinition.row($0, page.queues) }),
            nextCursor: next)
    }

    static func cursor(_ facts: IntervalFacts) -> String {
        ExportCursor.encode("intervals", "\(facts.queueID.rawValue)|\(Int64(facts.start.timeIntervalSince1970))")
    }

    /// The instants a cursor may name: the days a date parameter may name, as UTC seconds.
    static let cursorSeconds: ClosedRange<Int64> =
        Int64(QueryParameters.earliestDate.daysSinceEpoch) * 86_400...Int64(QueryParameters.latestDate.daysSinceEpoch + 1) * 86_400 - 1

    /// The key a cursor names: one of `queues` and a whole second within ``cursorSeconds``;
    /// 400 naming `cursor` for anything else (a crafted instant must never reach the
    /// database driver, whose date conversion traps beyond its range).
    static func key(_ cursor: String, queues: [QueueProfile]) throws(ExportError) -> IntervalKey {
        let text = try ExportCursor.decode(cursor, kind: "intervals")
        guard let bar = text.lastIndex(of: "|"), let seconds = Int64(text[text.index(after: bar)...]),
              cursorSeconds.contains(seconds) else {
            throw .badParameter("cursor", "is not a cursor this export handed out")
        }
        let queue = QueueID(String(text[..<bar]))
        guard queues.contains(where: { $0.queueID == queue }) else {
            throw .badParameter("cursor", "names a queue this request does not export")
        }
        return IntervalKey(queueID: queue, start: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
