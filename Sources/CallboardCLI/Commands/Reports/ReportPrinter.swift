import CallboardDomain
import CallboardProjections
import EventStore
import Foundation

/// Prints a report in the chosen format together with the log position it reflects:
/// - table: the details that have a value as `key: value` lines, the table's `terminalColumns` (chosen to fit
///   80 columns), then a footer with the position;
/// - csv: only the rows on standard output (RFC 4180 has no place for comments), the
///   details and position on standard error;
/// - json: one object with the details, `position`, `as_of` and `rows`, keys sorted.
///
/// All rendering goes through `OutputFormat`; this only adds the framing.
struct ReportPrinter {
    let format: OutputFormat

    func print<Output>(
        _ table: OutputTable, terminalColumns: [String], details: KeyValuePairs<String, OutputCell>, result: ReportResult<Output>
    ) {
        let position = result.position.description
        let asOf = result.asOf.map(EventJSON.format)
        switch format {
        case .table:
            let header = details.filter { !$0.value.text.isEmpty }
                .map { "\($0.key.replacingOccurrences(of: "_", with: " ")): \($0.value.text)" }
            let footer = asOf.map { "As known at \($0) (recorded time): the log up to position \(position)." }
                ?? "Reflects the log up to position \(position)."
            StandardOutput.write((header + ["", format.render(Self.only(terminalColumns, of: table)), "", footer]).joined(separator: "\n") + "\n")
        case .csv:
            StandardOutput.write(format.render(table))
            let notes = details.map { "\($0.key): \($0.value.text)" } + ["position: \(position)"] + (asOf.map { ["as_of: \($0)"] } ?? [])
            ReportOptions.note(notes.joined(separator: "\n"))
        case .json:
            StandardOutput.write(envelope(table, details: details, position: position, asOf: asOf) + "\n")
        }
    }

    /// The rows and details rendered by `OutputFormat.json`, framed in one object.
    private func envelope(_ table: OutputTable, details: KeyValuePairs<String, OutputCell>, position: String, asOf: String?) -> String {
        let framing = OutputTable(
            columns: details.map(\.key) + ["position", "as_of"],
            rows: [details.map(\.value) + [.text(position), asOf.map(OutputCell.text) ?? .none]])
        var object = (Self.parse(format.render(framing)) as? [[String: Any]])?.first ?? [:]
        object["rows"] = Self.parse(format.render(table))
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// The table with only `columns`, in that order.
    private static func only(_ columns: [String], of table: OutputTable) -> OutputTable {
        let indices = columns.compactMap { table.columns.firstIndex(of: $0) }
        return OutputTable(columns: indices.map { table.columns[$0] }, rows: table.rows.map { row in indices.map { row[$0] } })
    }

    private static func parse(_ json: String) -> Any {
        (try? JSONSerialization.jsonObject(with: Data(json.utf8))) ?? []
    }
}
