import ArgumentParser

/// How a command prints a table: aligned for a terminal, CSV to paste into a spreadsheet or
/// deck, JSON for scripts and BI tools.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, csv, json

    /// The table in this format; CSV ends with its line break, the others do not.
    func render(_ table: OutputTable) -> String {
        switch self {
        case .table: TableRenderer(width: TableRenderer.terminalWidth).render(table)
        case .csv: CSVWriter.render(table)
        case .json: JSONRenderer.render(table)
        }
    }

    /// The table as a whole output, ending with exactly one line break in every format.
    func document(_ table: OutputTable) -> String {
        let text = render(table)
        return text.hasSuffix("\n") ? text : text + "\n"
    }
}
