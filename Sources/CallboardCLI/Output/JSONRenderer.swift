import Foundation

/// Writes an output table as a JSON array of objects, one per row, keyed by column name,
/// with keys sorted so the same data always prints the same text.
enum JSONRenderer {
    static func render(_ table: OutputTable) -> String {
        let objects = table.rows.map { row in
            Dictionary(uniqueKeysWithValues: zip(table.columns, row.map(value)))
        }
        // Plain strings, numbers, arrays and null always serialise.
        let data = try! JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    private static func value(_ cell: OutputCell) -> Any {
        switch cell {
        case let .text(text): text
        case let .integer(number): number
        case let .decimal(number): number
        case let .list(items): items
        case .none: NSNull()
        }
    }
}
