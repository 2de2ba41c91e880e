/// An RFC 4180 file written byte by byte into a pre-reserved buffer: a header row, then
/// rows of fields separated by commas, quoted only when a field holds a comma, quote or
/// line break. Integers, dates and instants are formatted by hand (see `CSVWriter+Time`)
/// because the world has over a million rows and formatters would dominate the run time.
struct CSVWriter {
    var bytes: [UInt8] = []
    private(set) var rowCount = 0
    private var atRowStart = true

    /// A writer for a fragment without a header (pre-encoded stamps).
    init() {}

    init(header: [String], reservingRows rows: Int = 64, bytesPerRow: Int = 64) {
        bytes.reserveCapacity((rows + 1) * bytesPerRow)
        for column in header { text(column) }
        bytes.append(UInt8(ascii: "\n"))
        atRowStart = true
    }

    /// A text field, quoted when it needs to be.
    mutating func text(_ value: String) {
        separate()
        let utf8 = value.utf8
        let needsQuotes = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(0x22)
        for byte in utf8 {
            if byte == 0x22 { bytes.append(0x22) }
            bytes.append(byte)
        }
        bytes.append(0x22)
    }

    /// A list field: the values joined by `;`.
    mutating func list(_ values: [String]) {
        text(values.joined(separator: ";"))
    }

    /// A field already encoded and known to need no quoting (a queue id in a hot loop).
    mutating func raw(_ encoded: [UInt8]) {
        separate()
        bytes.append(contentsOf: encoded)
    }

    /// A field made of two pre-encoded parts, e.g. a day stamp and a time stamp.
    mutating func raw(_ first: [UInt8], _ second: [UInt8]) {
        separate()
        bytes.append(contentsOf: first)
        bytes.append(contentsOf: second)
    }

    /// A field left empty: an optional value not given.
    mutating func empty() {
        separate()
    }

    /// A decimal integer.
    mutating func int(_ value: Int) {
        separate()
        appendDigits(value)
    }

    /// Ends the current row.
    mutating func endRow() {
        bytes.append(UInt8(ascii: "\n"))
        atRowStart = true
        rowCount += 1
    }

    /// The finished file as text.
    var csvText: String { String(decoding: bytes, as: UTF8.self) }

    mutating func separate() {
        if atRowStart {
            atRowStart = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
    }

    mutating func appendDigits(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            appendDigits(-value)
            return
        }
        if value < 10 {
            bytes.append(UInt8(truncatingIfNeeded: 48 + value))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8)
            = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[count] = UInt8(truncatingIfNeeded: 48 + rest % 10)
                rest /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    /// Two digits with a leading zero.
    mutating func appendTwoDigits(_ value: Int) {
        bytes.append(UInt8(truncatingIfNeeded: 48 + value / 10))
        bytes.append(UInt8(truncatingIfNeeded: 48 + value % 10))
    }

    mutating func appendASCII(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}
