import Foundation

/// Writes an output table as CSV per RFC 4180: a header row, comma-separated fields, a
/// field with a comma, quote or line break in double quotes (quotes doubled), records
/// separated by CRLF. The last record has no line break of its own (RFC 4180 allows either),
/// so `print` ends the output like every other format.
enum CSVWriter {
    static func render(_ table: OutputTable) -> String {
        ([table.columns] + table.rows.map { $0.map(\.text) })
            .map { $0.map(field).joined(separator: ",") }
            .joined(separator: "\r\n")
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
