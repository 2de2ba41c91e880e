import ArgumentParser

/// How a command prints a table: aligned for a terminal, CSV to paste into a spreadsheet or
/// deck, JSON for scripts and BI tools.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, csv, json

    func render(_ table: OutputTable) -> String {
        switch self {
        case .table: TableRenderer(width: TableRenderer.terminalWidth).render(table)
        case .csv: CSVWriter.render(table)
        case .json: JSONRenderer.render(table)
        }
    }
}
