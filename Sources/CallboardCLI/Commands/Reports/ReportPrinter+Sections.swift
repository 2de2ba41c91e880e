import CallboardDomain
import CallboardProjections
import EventStore

extension ReportPrinter {
    /// A report whose rows group under titles (one queue's day each): on the terminal, each
    /// group's rows under its title without the grouping column, so the other columns fit 80
    /// characters; CSV and JSON print the whole table as ``print(_:terminalColumns:details:result:)`` does.
    func print<Output>(
        _ table: OutputTable, sections: [(title: String, rows: Range<Int>)], terminalColumns: [String],
        details: KeyValuePairs<String, OutputCell>, result: ReportResult<Output>
    ) {
        guard format == .table else {
            return print(table, terminalColumns: terminalColumns, details: details, result: result)
        }
        let header = details.filter { !$0.value.text.isEmpty }
            .map { "\($0.key.replacingOccurrences(of: "_", with: " ")): \($0.value.text)" }
        let indices = terminalColumns.compactMap { table.columns.firstIndex(of: $0) }
        let body = sections.map { section in
            let rows = table.rows[section.rows].map { row in indices.map { row[$0] } }
            return section.title + "\n" + format.render(OutputTable(columns: indices.map { table.columns[$0] }, rows: rows))
        }
        let footer = result.asOf.map { "As known at \(EventJSON.format($0)) (recorded time): the log up to position \(result.position)." }
            ?? "Reflects the log up to position \(result.position)."
        StandardOutput.write((header + [""] + body.flatMap { [$0, ""] } + [footer]).joined(separator: "\n") + "\n")
    }
}
