/// One record of a CSV file with the physical line it starts on, so every problem found in
/// it can be reported as `file:line` even when quoted fields span several lines.
public struct CSVRecord: Sendable, Equatable {
    /// The 1-based line of the file on which the record starts.
    public let line: Int
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}
