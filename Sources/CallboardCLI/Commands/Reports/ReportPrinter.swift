import CallboardDomain
import CallboardProjections
import CallboardReports
import EventStore
import Foundation

/// Prints a report in the chosen format together with the log position it reflects:
/// - table: the details that have a value as `key: value` lines, the table's `terminalColumns` (chosen to fit
///   80 columns), then a footer with the position;
/// - csv: only the rows on standard output (RFC 4180 has no place for comments), the
///   details and position on standard error;
/// - json: one object with the details, `position`, `as_of` and `rows`, in that order.
///
/// Every cell is written by the rules the API uses (``CellEncoding``), so a report's JSON
/// rows are the API's rows for the same definition.
struct ReportPrinter {
    let format: OutputFormat

    func print<Output>(
        _ table: OutputTable, terminalColumns: [String], details: KeyValuePairs<String, Cell>, result: ReportResult<Output>
    ) {
        print(table, terminalColumns: terminalColumns, details: details.map { ($0.key, $0.value) }, result: result)
    }

    func print<Output>(
        _ table: OutputTable, terminalColumns: [String], details: [(key: String, value: Cell)], result: ReportResult<Output>
    ) {
        let position = result.position.description
        switch format {
        case .table:
            StandardOutput.write((header(details, zone: table.zone) + ["", format.render(table.only(terminalColumns)), "",
                                                                       Self.footer(result)]).joined(separator: "\n") + "\n")
        case .csv:
            StandardOutput.write(format.render(table))
            var instants = InstantRenderer(zone: table.zone)
            let notes = details.map { "\($0.key): \(CellEncoding.plain($0.value, &instants))" } + ["position: \(position)"]
                + (result.asOf.map { ["as_of: \(instants.render($0))"] } ?? [])
            ReportOptions.note(notes.joined(separator: "\n"))
        case .json:
            StandardOutput.write(envelope(table, details: details, result: result) + "\n")
        }
    }

    /// A report printed from its definition's table: its meta are the details.
    func print<Output>(_ table: ReportTable, terminalColumns: [String], result: ReportResult<Output>) {
        print(OutputTable(table), terminalColumns: terminalColumns, details: table.meta.map { (key: $0.0, value: $0.1) }, result: result)
    }

    /// The details with a value, as `key: value` lines for a person.
    func header(_ details: [(key: String, value: Cell)], zone: TimeZone) -> [String] {
        var instants = InstantRenderer(zone: zone)
        return details.compactMap { detail in
            let shown = CellEncoding.display(detail.value, &instants)
            return shown.isEmpty ? nil : "\(detail.key.replacingOccurrences(of: "_", with: " ")): \(shown)"
        }
    }

    static func footer<Output>(_ result: ReportResult<Output>) -> String {
        var instants = InstantRenderer.utc
        return result.asOf.map { "As known at \(instants.render($0)) (recorded time): the log up to position \(result.position)." }
            ?? "Reflects the log up to position \(result.position)."
    }

    /// The details, `position`, `as_of` and the rows, framed in one object.
    private func envelope<Output>(_ table: OutputTable, details: [(key: String, value: Cell)], result: ReportResult<Output>) -> String {
        var instants = InstantRenderer(zone: table.zone)
        let members = details.map { ($0.key, $0.value) }
            + [("position", Cell.text(result.position.description)), ("as_of", Cell.instant(result.asOf))]
        let lines = members.map { "  " + JSONRowWriter.members([$0], &instants) }
        let rows = JSONRenderer.array(table.rows, columns: table.columns, instants: instants)
            .replacingOccurrences(of: "\n", with: "\n  ")
        return "{\n" + (lines + ["  \"rows\": " + rows]).joined(separator: ",\n") + "\n}"
    }
}
