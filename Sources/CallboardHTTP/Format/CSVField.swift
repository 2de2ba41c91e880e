import Foundation

/// RFC 4180 fields: quoted when they hold a comma, a quote, or a line break, with quotes
/// doubled. Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is
/// quoted and prefixed with `'` unless it is a number, so an export cannot carry a formula.
enum CSVField {
    static func encode(_ value: ExportValue) -> String {
        var text = value.plain
        if case .text = value, let first = text.unicodeScalars.first, "=+-@".unicodeScalars.contains(first),
           Double(text) == nil {
            text = "'" + text
        }
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 })
        else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
