/// The RFC 4180 state machine behind `CSVDocument`, working on UTF-8 bytes for speed:
/// interval files run to tens of thousands of records.
struct CSVReader {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    /// The line the record being read starts on, where its problems are reported.
    private var recordLine = 1
    private(set) var records: [CSVRecord] = []
    private(set) var problems: [CSVSyntaxProblem] = []

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","),
                       newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    init(bytes: [UInt8]) {
        self.bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }

    mutating func readAll() {
        while let byte = peek() {
            if byte == Self.newline || byte == Self.carriageReturn {
                endLine()  // a blank line
                continue
            }
            recordLine = line
            guard let fields = readRecord() else { return }
            records.append(CSVRecord(line: recordLine, fields: fields))
        }
    }

    /// Reads fields up to the end of the record; nil when an unclosed quote ran to the end.
    private mutating func readRecord() -> [String]? {
        var fields: [String] = []
        while true {
            if peek() == Self.quote {
                guard let field = readQuoted(fieldIndex: fields.count) else { return nil }
                fields.append(field)
            } else {
                fields.append(readPlain(fieldIndex: fields.count))
            }
            switch peek() {
            case Self.comma?:
                index += 1
            case nil:
                return fields
            default:
                endLine()
                return fields
            }
        }
    }

    private mutating func readPlain(fieldIndex: Int) -> String {
        let start = index
        while let byte = peek(), byte != Self.comma, byte != Self.newline, byte != Self.carriageReturn {
            if byte == Self.quote {
                problem(fieldIndex, "a double quote may only appear in a field that is itself in double quotes")
            }
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// A field in double quotes; nil when the quote is never closed.
    private mutating func readQuoted(fieldIndex: Int) -> String? {
        let openingLine = line
        index += 1
        var content: [UInt8] = []
        while let byte = peek() {
            index += 1
            if byte == Self.quote {
                guard peek() == Self.quote else { return finishQuoted(content, fieldIndex) }
                index += 1
            } else if byte == Self.newline {
                line += 1
            }
            content.append(byte)
        }
        problems.append(CSVSyntaxProblem(line: openingLine, fieldIndex: fieldIndex,
                                         reason: "a quoted field opened on this line is never closed"))
        return nil
    }

    /// After a closing quote only a comma or the end of the line may follow.
    private mutating func finishQuoted(_ content: [UInt8], _ fieldIndex: Int) -> String {
        if let byte = peek(), byte != Self.comma, byte != Self.newline, byte != Self.carriageReturn {
            problem(fieldIndex, "a closing double quote must be followed by a comma or the end of the line")
            while let byte = peek(), byte != Self.comma, byte != Self.newline, byte != Self.carriageReturn {
                index += 1
            }
        }
        return String(decoding: content, as: UTF8.self)
    }

    /// The byte at the reading position, nil at the end of the text.
    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Consumes one line ending: CRLF, LF, or a lone CR.
    private mutating func endLine() {
        if peek() == Self.carriageReturn { index += 1 }
        if peek() == Self.newline { index += 1 }
        line += 1
    }

    private mutating func problem(_ fieldIndex: Int, _ reason: String) {
        if problems.last?.line != recordLine || problems.last?.fieldIndex != fieldIndex {
            problems.append(CSVSyntaxProblem(line: recordLine, fieldIndex: fieldIndex, reason: reason))
        }
    }
}

