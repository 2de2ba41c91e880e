/// Why a whole import file was refused: imports are all or nothing, so one bad row rejects
/// the file, and every problem is listed (the first 50, in file order) so it can be fixed in
/// one pass.
public struct ImportRejection: Error, Sendable, Equatable, CustomStringConvertible {
    /// At most this many problems are kept; the rest are only counted.
    public static let reportedLimit = 50

    public let file: String
    /// The first problems in file order, at most `reportedLimit`.
    public let problems: [ImportProblem]
    /// All problems found, including those not kept.
    public let totalCount: Int

    public init(file: String, problems: [ImportProblem]) {
        self.file = file
        let ordered = problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
        self.problems = ordered.prefix(Self.reportedLimit).map(\.element)
        totalCount = problems.count
    }

    /// Problems found but not kept.
    public var omittedCount: Int { totalCount - problems.count }

    /// One problem per line, then a count of the ones left out.
    public var lines: [String] {
        problems.map(\.description) + (omittedCount > 0 ? ["\(file): \(omittedCount) more problems not shown"] : [])
    }

    public var description: String { lines.joined(separator: "\n") }
}
