import CallboardReports

/// Writes an output table with the one CSV writer both edges share (``CSVFormat``: RFC 4180,
/// LF after every record including the last, the spreadsheet formula guard).
enum CSVWriter {
    static func render(_ table: OutputTable) -> String {
        CSVFormat.document(columns: table.columns, rows: table.rows, instants: InstantRenderer(zone: table.zone))
    }
}
