import CallboardReports
import CallboardDomain
import CallboardProjections
import EventStore

extension ReportPrinter {
    /// A report whose rows group under titles (one queue's day each): on the terminal, each
    /// group's rows under its title without the grouping column, so the other columns fit 80
    /// characters; CSV and JSON print the whole table as ``print(_:terminalColumns:details:result:)`` does.
    func print<Output>(
        _ table: OutputTable, sections: [(title: String, rows: Range<Int>)], terminalColumns: [String],
        details: KeyValuePairs<String, Cell>, result: ReportResult<Output>
    ) {
        guard format == .table else {
            return print(table, terminalColumns: terminalColumns, details: details, result: result)
        }
        let lines = header(details.map { ($0.key, $0.value) }, zone: table.zone)
        let indices = terminalColumns.compactMap { table.columns.firstIndex(of: $0) }
        let body = sections.map { section in
            let rows = table.rows[section.rows].map { row in indices.map { row[$0] } }
            return section.title + "\n" + format.render(OutputTable(columns: indices.map { table.columns[$0] }, rows: rows, zone: table.zone))
        }
        let footer = Self.footer(result)
        StandardOutput.write((lines + [""] + body.flatMap { [$0, ""] } + [footer]).joined(separator: "\n") + "\n")
    }
}
