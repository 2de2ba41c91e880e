/// One column of a report or export as every edge names and documents it: a snake_case
/// name that means the same in the CLI and the API, its type, its unit, and what it holds.
public struct Column: Sendable, Equatable {
    public let name: String
    public let type: ColumnType
    /// The unit of a number (`seconds`, `agents`, `hours`, `fraction 0..1`); nil for none.
    public let unit: String?
    public let description: String
    /// Whether a row may leave it empty (null in JSON, empty in CSV).
    public let nullable: Bool

    public init(_ name: String, _ type: ColumnType, unit: String? = nil, nullable: Bool = false, _ description: String) {
        precondition(Column.isSnakeCase(name), "column names are snake_case: \(name)")
        self.name = name
        self.type = type
        self.unit = unit ?? (type == .ratio ? "fraction 0..1" : nil)
        self.description = description
        self.nullable = nullable
    }

    /// A column of a listing, documented by its command's help rather than here.
    public init(_ name: String) {
        self.init(name, .text, "")
    }

    /// Lower-case letters, digits and single underscores, starting with a letter.
    public static func isSnakeCase(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
            && !name.contains("__") && !name.hasSuffix("_")
    }
}
