import Foundation
import CallboardProjections
import Projections

/// One report or export, defined once for every edge: the query it answers from (and so
/// the read models it reads, taken from the query), its parameters, its typed columns and
/// how the query's output becomes rows. The CLI renders it as a table, CSV or JSON, the API
/// as JSON, NDJSON or CSV, and the OpenAPI document's row schema comes from its columns.
public protocol ReportDefinition: Sendable {
    associatedtype Query: ReportQuery
    /// The definition's name in the OpenAPI document's schemas (`ServiceLevel` -> `ServiceLevelRow`).
    static var name: String { get }
    static var summary: String { get }
    static var parameters: [ReportParameter] { get }
    static var columns: [Column] { get }
    /// A query of this report; its read models are every query's of this report (they do not
    /// depend on its parameters), so an export can compare positions before it reads.
    static var sample: Query { get }
    /// The rows `output` makes, a cell per column.
    static func rows(_ output: Query.Output, _ context: RowContext) -> [[Cell]]
}

extension ReportDefinition {
    /// The read models the report reads, from its query.
    public static var readModels: [any Projection] { sample.readModels }

    public static var columnNames: [String] { columns.map(\.name) }

    /// The columns named, in that order (the terminal's selection).
    public static func columns(_ names: [String]) -> [Column] {
        names.compactMap { name in columns.first { $0.name == name } }
    }

    /// A table of `output`'s rows.
    public static func table(_ output: Query.Output, _ context: RowContext = RowContext(), meta: [(String, Cell)] = [],
                             zone: TimeZone = .utcZone) -> ReportTable {
        ReportTable(columns: columns, meta: meta, rows: rows(output, context), zone: zone)
    }
}

/// What rows may depend on beyond the output: how agents are named to the reader (the API
/// shows clients pseudonyms, never ids).
public struct RowContext: Sendable {
    public var agentLabel: @Sendable (_ agentID: String, _ accountID: String) -> String

    public init(agentLabel: @escaping @Sendable (_ agentID: String, _ accountID: String) -> String = { id, _ in id }) {
        self.agentLabel = agentLabel
    }
}
