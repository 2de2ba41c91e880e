import CallboardReports
import CallboardProjections
import EventStore
import Projections

/// `GET /v1/accounts/{account}/changes[?cursor=C][&limit=N]`: the account's own facts from
/// the log in log order (its contract, its queues and their interval reports; see
/// ``AccountFacts``), from a cursor. Each row carries the cursor that resumes after it;
/// `next_cursor` resumes after the page, and stays put when nothing new has arrived.
/// Only events of transactions older than every running one are handed out, so paging
/// while appends commit skips nothing and repeats nothing. Types and payloads are the public
/// event schema (``PublicEvent``), never the internal camelCase payloads.
struct ChangeFeedExport: AccountExport {
    let path = "/changes"
    var readModels: [any Projection] { [] }

    static let defaultLimit = 1000

    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost {
        let limit = try request.parameters.integer("limit", in: 1...request.services.configuration.maximumPageLimit)
        _ = try request.parameters["cursor"].map(Self.checkpoint)
        return ExportCost(estimatedRows: limit ?? Self.defaultLimit)
    }

    func answer(_ request: AccountRequest) async throws -> ExportAnswer {
        let services = request.services
        let limit = try request.parameters.integer("limit", in: 1...services.configuration.maximumPageLimit) ?? Self.defaultLimit
        let after = try request.parameters["cursor"].map(Self.checkpoint) ?? .start
        let events = try await AccountFacts.page(of: request.profile, after: after, limit: limit, store: services.store)
        // As of an instant: only what had been recorded by then (the cursor still moves past the rest).
        let rows = events.filter { event in request.asOf.map { event.recordedAt <= $0 } ?? true }.map { event -> [Cell] in
            [
                .text(Self.cursor(event.checkpoint)), .text(event.checkpoint.description), .text(event.streamID.rawValue),
                .integer(Int(event.streamVersion)), .text(PublicEvent.type(event.type)), .instant(event.recordedAt),
                .json(PublicEvent.payload(type: event.type, json: event.payload)),
            ]
        }
        let reached = events.last?.checkpoint ?? after
        return ExportAnswer(ReportTable(columns: ChangeFeedDefinition.columns, rows: rows, zone: request.clock.zone), position: reached, nextCursor: Self.cursor(reached))
    }

    static func cursor(_ checkpoint: LogCheckpoint) -> String { ExportCursor.encode("changes", checkpoint.description) }

    static func checkpoint(_ cursor: String) throws(ExportError) -> LogCheckpoint {
        guard let checkpoint = LogCheckpoint(try ExportCursor.decode(cursor, kind: "changes")) else {
            throw .badParameter("cursor", "is not a cursor this export handed out")
        }
        return checkpoint
    }
}
