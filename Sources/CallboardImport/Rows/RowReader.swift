/// Reads the typed values of one row, collecting a problem for every column that is empty
/// when required or does not parse, so one pass over a row reports all of its faults.
public struct RowReader {
    public let row: CSVRow
    public private(set) var problems: [ColumnProblem] = []

    public init(_ row: CSVRow) { self.row = row }

    /// Whether any value of the row has been found wrong so far.
    public var hasProblems: Bool { !problems.isEmpty }

    /// The text as written; emptiness is for the domain's rules to judge.
    public func text(_ column: String) -> String { row[column] }

    /// The value of a required column, or nil after recording why there is none.
    public mutating func required<T>(_ column: String, _ parse: (String) throws(FieldSyntaxError) -> T) -> T? {
        let text = row[column]
        guard !text.isEmpty else {
            report(column, "must not be empty")
            return nil
        }
        return read(column, text, parse)
    }

    /// The value of an optional column: nil when empty (not given), or after recording a problem.
    public mutating func optional<T>(_ column: String, _ parse: (String) throws(FieldSyntaxError) -> T) -> T? {
        let text = row[column]
        return text.isEmpty ? nil : read(column, text, parse)
    }

    public mutating func report(_ column: String?, _ reason: String) {
        problems.append(ColumnProblem(column: column, reason: reason))
    }

    private mutating func read<T>(_ column: String, _ text: String, _ parse: (String) throws(FieldSyntaxError) -> T) -> T? {
        do {
            return try parse(text)
        } catch {
            report(column, error.reason(for: text))
            return nil
        }
    }
}
