import Foundation

/// The one CSV writer of both edges (CLI reports and listings, API exports): RFC 4180
/// fields (quoted when they hold a comma, quote or line break; quotes doubled), records
/// ended by one line ending, LF, after every record including the last, so files concatenate
/// and `wc -l` counts rows. LF is the one line ending of every CSV Callboard reads or writes
/// (the import files too).
///
/// The spreadsheet formula guard: a text field that a spreadsheet would run as a formula
/// (first character `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with `'`, unless it
/// is a number, so neither an agent named `=HYPERLINK(...)` nor an export can carry a formula.
public enum CSVFormat {
    public static let lineEnding = "\n"

    /// The header record, ended.
    public static func header(_ columns: [String]) -> String {
        columns.map { field($0) }.joined(separator: ",") + lineEnding
    }

    /// One row, ended.
    public static func record(_ cells: [Cell], _ instants: inout InstantRenderer) -> String {
        var out = ""
        for (index, cell) in cells.enumerated() {
            if index > 0 { out += "," }
            out += field(CellEncoding.plain(cell, &instants), guarded: cell.isTextual)
        }
        return out + lineEnding
    }

    /// A whole table at hand.
    public static func document(columns: [String], rows: [[Cell]], instants: InstantRenderer = .utc) -> String {
        var instants = instants
        return header(columns) + rows.map { record($0, &instants) }.joined()
    }

    /// `text` as one field: guarded when it comes from text, then quoted when needed.
    public static func field(_ text: String, guarded: Bool = true) -> String {
        var text = text
        if guarded, let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil {
            text = "'" + text
        }
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 })
        else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension Cell {
    /// Whether the value's text comes from people or files (and so may hold a formula).
    var isTextual: Bool {
        switch self {
        case .text, .list, .json: true
        default: false
        }
    }
}
