/// What a `list` or report command shows, before it is rendered: named columns and rows of
/// typed cells, so a table, CSV and JSON all come from the same data.
struct OutputTable: Sendable {
    /// Column names in snake_case; they are the CSV header and the JSON keys.
    let columns: [String]
    let rows: [[OutputCell]]
    /// Columns only CSV and JSON carry: the terminal table leaves them out to stay readable
    /// in 80 columns (long lists such as opening hours).
    let detailColumns: Set<String>

    init(columns: [String], rows: [[OutputCell]], detailColumns: Set<String> = []) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row has a cell per column")
        self.columns = columns
        self.rows = rows
        self.detailColumns = detailColumns
    }

    /// The table without its detail columns.
    var summary: OutputTable {
        let kept = columns.indices.filter { !detailColumns.contains(columns[$0]) }
        return OutputTable(columns: kept.map { columns[$0] }, rows: rows.map { row in kept.map { row[$0] } })
    }
}

/// One value of an output table. Numbers stay numbers in JSON and align right in tables.
enum OutputCell: Sendable, Equatable, ExpressibleByStringLiteral {
    case text(String)
    case integer(Int)
    case decimal(Double)
    case list([String])
    /// Not given: empty in tables and CSV, null in JSON.
    case none

    init(stringLiteral value: String) { self = .text(value) }

    /// The cell as tables and CSV show it; lists are joined with `;` as in import files.
    var text: String {
        switch self {
        case let .text(text): text
        case let .integer(number): String(number)
        case let .decimal(number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case let .list(items): items.joined(separator: ";")
        case .none: ""
        }
    }

    var isNumeric: Bool {
        switch self {
        case .integer, .decimal: true
        case .text, .list, .none: false
        }
    }
}
