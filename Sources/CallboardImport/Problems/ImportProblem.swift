/// One thing wrong with an import file, located so that whoever fixes the file can go
/// straight to it: `intervals.csv:14: handled: must not exceed offered (10), but was 12`.
public struct ImportProblem: Sendable, Equatable, Comparable, CustomStringConvertible {
    public let file: String
    /// The 1-based physical line the record starts on.
    public let line: Int
    /// The CSV column at fault; nil when the whole line is (e.g. a wrong number of fields).
    public let column: String?
    public let reason: String

    public init(file: String, line: Int, column: String?, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    public init(file: String, line: Int, _ problem: ColumnProblem) {
        self.init(file: file, line: line, column: problem.column, reason: problem.reason)
    }

    public var description: String {
        if let column { "\(file):\(line): \(column): \(reason)" } else { "\(file):\(line): \(reason)" }
    }

    /// File order: by line; a line's problems keep the order they were found in.
    public static func < (lhs: ImportProblem, rhs: ImportProblem) -> Bool { lhs.line < rhs.line }
}

/// A problem with one value of a row, before it is placed in a file and line: what a
/// field parser or a domain rejection says about a column.
public struct ColumnProblem: Sendable, Equatable {
    public let column: String?
    public let reason: String

    public init(column: String?, reason: String) {
        self.column = column
        self.reason = reason
    }
}
