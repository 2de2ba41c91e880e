/// A CSV text split into records, with the syntax problems met on the way.
///
/// The reader follows RFC 4180: comma-separated fields; a field in double quotes may hold
/// commas, line breaks and doubled quotes; lines end in CRLF or LF. Blank lines are skipped
/// and a UTF-8 byte order mark is ignored, as spreadsheets write them.
public struct CSVDocument: Sendable, Equatable {
    public let records: [CSVRecord]
    /// Malformed quoting, each at the line where it was met.
    public let problems: [CSVSyntaxProblem]

    public init(parsing text: String) {
        var reader = CSVReader(bytes: Array(text.utf8))
        reader.readAll()
        records = reader.records
        problems = reader.problems
    }
}

/// A place where the text breaks the CSV quoting rules.
public struct CSVSyntaxProblem: Sendable, Equatable {
    public let line: Int
    /// The 0-based position of the field in its record.
    public let fieldIndex: Int
    public let reason: String

    public init(line: Int, fieldIndex: Int, reason: String) {
        self.line = line
        self.fieldIndex = fieldIndex
        self.reason = reason
    }
}
