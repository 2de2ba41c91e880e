import Foundation

/// What a report or export answers, before any format: its typed columns, a few facts about
/// the whole (`meta`, beside the rows in JSON, above them on a terminal), the clock its
/// instants are written on, and its rows, either at hand or produced while the answer is
/// written (so a year of intervals never sits in memory).
public struct ReportTable: Sendable {
    /// Produces rows one by one, handing each to `emit`.
    public typealias RowProducer = @Sendable (_ emit: (_ row: [Cell]) async throws -> Void) async throws -> Void

    public enum Rows: Sendable {
        case buffered([[Cell]])
        case streamed(RowProducer)
    }

    public let columns: [Column]
    public var meta: [(String, Cell)]
    public let rows: Rows
    /// The clock every instant cell is written on, with its offset.
    public var zone: TimeZone

    public init(columns: [Column], meta: [(String, Cell)] = [], rows: [[Cell]], zone: TimeZone = .utcZone) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row has a cell per column")
        self.columns = columns
        self.meta = meta
        self.rows = .buffered(rows)
        self.zone = zone
    }

    public init(columns: [Column], meta: [(String, Cell)] = [], zone: TimeZone = .utcZone, streaming producer: @escaping RowProducer) {
        self.columns = columns
        self.meta = meta
        self.rows = .streamed(producer)
        self.zone = zone
    }

    public var columnNames: [String] { columns.map(\.name) }

    /// The rows at hand (none for a streamed table).
    public var bufferedRows: [[Cell]] {
        if case let .buffered(rows) = rows { return rows }
        return []
    }

    /// A renderer for this table's instants.
    public var instants: InstantRenderer { InstantRenderer(zone: zone) }
}

extension TimeZone {
    /// UTC.
    public static let utcZone = TimeZone(identifier: "UTC")!
}

/// JSON objects of rows, keyed by column name in column order, written by hand so streamed
/// rows need no encoder in between.
public struct JSONRowWriter: Sendable {
    /// The column names as JSON strings, quoted once.
    private let keys: [String]

    public init(columns: [String]) { keys = columns.map(JSONText.quoted) }

    public func object(_ row: [Cell], _ instants: inout InstantRenderer) -> String {
        var out = "{"
        for (index, cell) in row.enumerated() {
            if index > 0 { out += "," }
            out += keys[index] + ":" + CellEncoding.json(cell, &instants)
        }
        return out + "}"
    }

    /// `meta` as the members of an object (`"a":1,"b":"x"`), without braces.
    public static func members(_ meta: [(String, Cell)], _ instants: inout InstantRenderer) -> String {
        var parts: [String] = []
        for (key, cell) in meta { parts.append(JSONText.quoted(key) + ":" + CellEncoding.json(cell, &instants)) }
        return parts.joined(separator: ",")
    }
}
