import DemoWorld

/// Reads the rows of an unquoted CSV file (interval and agent-interval files) straight from
/// its bytes: the full world has well over a million such rows and tests run in debug.
struct CSVByteReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int

    /// The rows of `file` after the header, each read by `read`.
    static func rows<Row>(of file: DemoFile, _ read: (inout CSVByteReader) -> Row) -> [Row] {
        var rows: [Row] = []
        rows.reserveCapacity(file.rowCount)
        Array(file.csvText.utf8).withUnsafeBufferPointer { bytes in
            var reader = CSVByteReader(bytes: bytes, position: (bytes.firstIndex(of: 10) ?? bytes.count) + 1)
            while reader.position < bytes.count { rows.append(read(&reader)) }
        }
        return rows
    }

    mutating func skipField() {
        while position < bytes.count && bytes[position] != 44 && bytes[position] != 10 { position += 1 }
        position += 1
    }

    mutating func text() -> String {
        let start = position
        skipField()
        return String(decoding: bytes[start..<position - 1], as: UTF8.self)
    }

    /// A non-negative integer; nil when the field is empty.
    mutating func number() -> Int? {
        var value = 0
        var digits = 0
        while position < bytes.count, case 48...57 = bytes[position] {
            value = value * 10 + Int(bytes[position]) - 48
            digits += 1
            position += 1
        }
        position += 1
        return digits > 0 ? value : nil
    }

    /// An instant written `2026-11-27T14:30:00Z`, as seconds since the epoch (-1 when malformed).
    mutating func instant() -> Int {
        let start = position
        skipField()
        let field = bytes[start..<position - 1]
        guard field.count == 20, field.last == UInt8(ascii: "Z") else { return -1 }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(field[start + $1]) - 48 } }
        return Self.daysSinceEpoch(number(0..<4), number(5..<7), number(8..<10)) * 86_400
            + number(11..<13) * 3_600 + number(14..<16) * 60 + number(17..<19)
    }

    /// `2026-11-27T14:30:00Z` as seconds since the epoch (-1 when malformed).
    static func instant(_ text: String) -> Int {
        let line = DemoFile(kind: .intervals, fileName: "", csvText: "header\n\(text)\n", rowCount: 1)
        return rows(of: line) { $0.instant() }.first ?? -1
    }

    /// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    static func daysSinceEpoch(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }
}
