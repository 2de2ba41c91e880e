import CallboardReports
import Foundation

/// What a `list` or report command shows, before it is rendered: named columns and rows of
/// typed cells (``Cell``, the cell type the API writes too), so a table, CSV and JSON all
/// come from the same data. A report's table comes from its ``ReportDefinition``.
struct OutputTable: Sendable {
    /// Column names in snake_case; they are the CSV header and the JSON keys.
    let columns: [String]
    let rows: [[Cell]]
    /// Columns only CSV and JSON carry: the terminal table leaves them out to stay readable
    /// in 80 columns (long lists such as opening hours).
    let detailColumns: Set<String>
    /// The clock instants are written on, with their offset.
    let zone: TimeZone

    init(columns: [String], rows: [[Cell]], detailColumns: Set<String> = [], zone: TimeZone = .utcZone) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row has a cell per column")
        self.columns = columns
        self.rows = rows
        self.detailColumns = detailColumns
        self.zone = zone
    }

    /// A report's table, its rows at hand.
    init(_ table: ReportTable) {
        self.init(columns: table.columnNames, rows: table.bufferedRows, zone: table.zone)
    }

    /// The table without its detail columns.
    var summary: OutputTable { only(columns.filter { !detailColumns.contains($0) }) }

    /// The table with only `names`, in that order.
    func only(_ names: [String]) -> OutputTable {
        let kept = names.compactMap { columns.firstIndex(of: $0) }
        return OutputTable(columns: kept.map { columns[$0] }, rows: rows.map { row in kept.map { row[$0] } }, zone: zone)
    }
}

extension Cell {
    /// The cell as a terminal shows it (instants in UTC): for lines outside a table.
    var shown: String {
        var instants = InstantRenderer.utc
        return CellEncoding.display(self, &instants)
    }
}
