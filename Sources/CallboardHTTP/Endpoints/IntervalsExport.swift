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
/// `limit` one page answers, with the cursor of the next.
struct IntervalsExport: AccountExport {
    let path = "/intervals"
    var readModels: [any Projection] { [ClientAccountsProjection(), QueueIntervalsProjection()] }

    static let columns = [
        "queue_id", "channel", "interval_start", "interval_minutes", "offered", "handled", "abandoned", "short_abandoned",
        "answered_within_threshold", "handle_seconds", "service_level", "sla", "sla_target", "sla_met", "revision",
    ]

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let parameters = request.parameters
        let from = try parameters.date("from")
        let to = try parameters.date("to")
        guard to >= from else { throw ExportError.badParameter("to", "must not be before from (\(from)), but was \(to)") }
        let queues = request.profile.queues.filter { queue in parameters["queue"].map { $0 == queue.queueID.rawValue } ?? true }
        guard !queues.isEmpty || parameters["queue"] == nil else { throw ExportError.notFound }
        let byID = Dictionary(uniqueKeysWithValues: queues.map { ($0.queueID, $0) })
        let span = (start: request.clock.start(of: from), end: request.clock.start(of: to.adding(days: 1)))
        let after = try parameters["cursor"].map(Self.key)
        let services = request.services
        let clock = request.clock
        let read: @Sendable (IntervalKey?, Int) async throws -> [IntervalFacts] = { key, limit in
            try await IntervalFacts.page(
                of: queues.map(\.queueID), from: span.start, to: span.end, after: key, limit: limit,
                client: services.store.client, logger: services.logger)
        }
        guard let limit = try parameters.integer("limit", in: 1...services.configuration.maximumPageLimit) else {
            let pageSize = services.configuration.streamPageSize
            return ExportAnswer(ExportTable(columns: Self.columns, streaming: { emit in
                var instants = clock.renderer()
                var key = after
                while true {
                    let page = try await read(key, pageSize)
                    for facts in page { try await emit(Self.row(facts, byID, &instants)) }
                    guard page.count == pageSize, let last = page.last else { return }
                    key = IntervalKey(queueID: last.queueID, start: last.start)
                }
            }))
        }
        let page = try await read(after, limit + 1)
        var instants = clock.renderer()
        let shown = page.prefix(limit)
        let next = page.count > limit ? shown.last.map(Self.cursor) : nil
        return ExportAnswer(
            ExportTable(columns: Self.columns, rows: shown.map { Self.row($0, byID, &instants) }), nextCursor: next)
    }

    static func row(_ facts: IntervalFacts, _ queues: [QueueID: QueueProfile], _ instants: inout InstantRenderer) -> [ExportValue] {
        let queue = queues[facts.queueID]
        let sla = queue?.sla(at: facts.start)
        let attainment = sla.map { ServiceLevelAttainment(facts.figures, against: $0.sla) }
        let figures = facts.figures
        return [
            .text(facts.queueID.rawValue), .optional(queue?.channel.rawValue), .text(instants.render(facts.start)),
            .integer(facts.minutes), .integer(figures.offered), .integer(figures.handled), .integer(figures.abandoned),
            .integer(figures.shortAbandoned), .integer(figures.answeredWithinThreshold), .integer(figures.handleSeconds),
            .optional(figures.serviceLevel), .optional(sla?.description), .optional(attainment?.target),
            .optional(attainment?.met), .integer(facts.revision),
        ]
    }

    static func cursor(_ facts: IntervalFacts) -> String {
        ExportCursor.encode("intervals", "\(facts.queueID.rawValue)|\(Int64(facts.start.timeIntervalSince1970))")
    }

    static func key(_ cursor: String) throws(ExportError) -> IntervalKey {
        let text = try ExportCursor.decode(cursor, kind: "intervals")
        guard let bar = text.lastIndex(of: "|"), let seconds = Int64(text[text.index(after: bar)...]) else {
            throw .badParameter("cursor", "is not a cursor this export handed out")
        }
        return IntervalKey(queueID: QueueID(String(text[..<bar])), start: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
