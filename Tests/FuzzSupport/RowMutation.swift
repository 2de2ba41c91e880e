import CallboardImport
import Foundation

/// Damages the rows of a good import file the ways real files and attackers do: numbers at
/// and past every limit, negatives, dates at the edges of the calendar, control characters,
/// overlong text, empty fields, stray separators.
public enum RowMutation {
    public static let hostileValues: [String] = [
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "99999999999999999999",
        "3000000000", "2147483648", "1000001", "-1", "-5", "0", "1e308", "-1e308", "nan", "inf", "1.5", "-0",
        "0000-01-01", "0001-01-01", "1899-12-31", "9998-12-31", "9999-12-31", "10000-01-01", "2026-02-30",
        "9999-12-31T23:30:00Z", "9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59", "1900-01-01T00:00:00Z",
        "2026-11-27T14:30:00+99:99", "24:00", "23:59", "12:00+9223372036854775807", "12:00+-5", "12:00+1441",
        "\u{0}", "a\u{0}b", "tab\there", "bell\u{7}", "del\u{7F}", "c1\u{85}", String(repeating: "x", count: 2_500),
        "", " ", ";", ";;", "a;;b", ":", "mon-fri 08:00-20:00;mon 09:00-10:00", "80/20/9223372036854775807",
        "9223372036854775807h", "100/0", "24/7", "en:native;en:fluent", "voice;voice", "left", "live",
        "Europe/Berlin\u{0}", "Mars/Olympus", "ÄÖÜ ßæø 漢字 🙂", "\"", "x\ny",
    ]

    /// `text` with `count` random fields replaced, quoted so the CSV stays well-formed.
    public static func mutate(_ text: String, count: Int, using random: inout SeededRandom) -> String {
        let document = CSVDocument(parsing: text)
        guard var rows = Optional(document.records.map(\.fields)), rows.count > 1 else { return text }
        for _ in 0..<count {
            let row = Int.random(in: 1..<rows.count, using: &random)
            guard !rows[row].isEmpty else { continue }
            let column = Int.random(in: 0..<rows[row].count, using: &random)
            rows[row][column] = value(replacing: rows[row][column], using: &random)
        }
        return rows.map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    private static func value(replacing original: String, using random: inout SeededRandom) -> String {
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return String(Int.random(in: Int.min...Int.max, using: &random))
        case 1: return original + hostileValues.randomElement(using: &random)!
        case 2: return String(original.shuffled(using: &random))
        default: return hostileValues.randomElement(using: &random)!
        }
    }

    private static func quoted(_ field: String) -> String {
        "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
