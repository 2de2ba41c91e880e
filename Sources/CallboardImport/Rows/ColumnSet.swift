/// The columns a kind of import file has, required and optional, in the order the docs list
/// them. Checking a header against it finds every missing, unknown and repeated column.
public struct ColumnSet: Sendable, Equatable {
    public let required: [String]
    public let optional: [String]

    public init(required: [String], optional: [String] = []) {
        self.required = required
        self.optional = optional
    }

    public var all: [String] { required + optional }

    /// `site_id,name,...[,max_shift_hours][,holidays]`, as the docs write it.
    public var synopsis: String {
        required.joined(separator: ",") + optional.map { "[,\($0)]" }.joined()
    }

    /// Where each column of `header` is, or every problem with the header.
    public func index(header: CSVRecord) -> Result<ColumnIndex, HeaderProblems> {
        var positions: [String: Int] = [:]
        var problems: [ColumnProblem] = []
        for (position, name) in header.fields.enumerated() {
            if !all.contains(name) {
                problems.append(ColumnProblem(column: name, reason: "unknown column; the columns are \(synopsis)"))
            } else if positions[name] != nil {
                problems.append(ColumnProblem(column: name, reason: "the column appears more than once"))
            } else {
                positions[name] = position
            }
        }
        for name in required where positions[name] == nil && !header.fields.contains(name) {
            problems.append(ColumnProblem(column: name, reason: "missing column; the columns are \(synopsis)"))
        }
        guard problems.isEmpty else { return .failure(HeaderProblems(problems: problems)) }
        return .success(ColumnIndex(positions: positions, width: header.fields.count))
    }
}

/// Everything wrong with a header row.
public struct HeaderProblems: Error, Sendable, Equatable {
    public let problems: [ColumnProblem]
}

/// Where each column of a checked header sits in the file's records.
public struct ColumnIndex: Sendable, Equatable {
    let positions: [String: Int]
    /// How many fields every record must have.
    public let width: Int

    public func position(of column: String) -> Int? { positions[column] }
}
