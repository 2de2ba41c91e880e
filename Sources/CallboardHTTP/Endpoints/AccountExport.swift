import CallboardProjections
import CallboardReports
import EventStore
import Foundation
import Projections

/// One export under `/v1/accounts/{account}`: its path, the read models it answers from,
/// and how it turns a request into a ``ReportTable`` (from the export's ``ReportDefinition``). Everything common (token, account,
/// format, `tz`, position, ETag, 304, rendering) is done around it by ``AccountExportResponder``,
/// so a new export is one file conforming to this, one line in ``ExportAPI/exports``, and
/// one entry in `openapi.json`.
protocol AccountExport: Sendable {
    /// The path below `/v1/accounts/{account}`: `""` for the account itself, else `/name`.
    var path: String { get }
    /// The read models the answer comes from: the response's position is the least
    /// advanced of them. Empty for exports read from the log itself.
    var readModels: [any Projection] { get }
    /// Reads and checks every parameter the export takes (400 naming the first bad one) and
    /// estimates the answer's cost. Called before the conditional-request check, so a bad
    /// parameter is a 400 even with an `If-None-Match` that matches; it reads nothing.
    func validate(_ request: AccountRequest) throws(ExportError) -> ExportCost
    func answer(_ request: AccountRequest) async throws -> ExportAnswer
}

/// What an answer is estimated to cost: the rows it carries. An export estimated at more than
/// ``ExportAPIConfiguration/longExportRows`` is a long export, and long exports are limited
/// per token and per server (``LongExportAdmission``).
struct ExportCost: Sendable, Equatable {
    var estimatedRows: Int

    static let small = ExportCost(estimatedRows: 0)

    /// Queue intervals per day the estimates assume: 15-minute intervals.
    static let intervalsPerDay = 96
}

/// A request that has passed the token, the account and parameter checks common to all.
struct AccountRequest: Sendable {
    let profile: AccountProfile
    /// The client accounts read model's position the profile was read at.
    let profilePosition: LogCheckpoint
    let clock: ReaderClock
    let parameters: QueryParameters
    let services: ExportServices
    /// Every read model's position when the request arrived.
    let positions: [String: LogCheckpoint]
    /// The `as_of` parameter (``AsOfInstant``): answer as known at this instant; nil for now.
    /// The profile above was read as of it too.
    let asOf: Date?

    /// The report as known at ``asOf`` (live without it): how every export reads a report.
    func read<Query: ReportQuery>(_ query: Query) async throws -> ReportResult<Query.Output> {
        try await services.reader.read(query, asOf: asOf)
    }
}

/// What an export answers.
struct ExportAnswer: Sendable {
    var table: ReportTable
    /// The exact position the rows reflect, when the export knows it (a report read in one
    /// snapshot); otherwise the least advanced read model's position on arrival.
    var position: LogCheckpoint?
    /// Where the next page starts, for paged exports.
    var nextCursor: String?

    init(_ table: ReportTable, position: LogCheckpoint? = nil, nextCursor: String? = nil) {
        self.table = table
        self.position = position
        self.nextCursor = nextCursor
    }
}
