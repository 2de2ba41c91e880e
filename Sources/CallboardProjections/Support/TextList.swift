/// A list of short texts carried in one array element: PostgresNIO binds one-dimensional
/// arrays only, so each row's list travels as one text joined by the unit separator (which
/// no name, code or brand contains) and is split back in SQL.
enum TextList {
    /// Splits the bound text `column` back into a `text[]` in SQL.
    static func sql(_ column: String) -> String { "string_to_array(\(column), chr(31))" }

    static func join(_ items: [String]) -> String { items.joined(separator: "\u{1F}") }

    static func join<Item: RawRepresentable<String>>(_ items: [Item]) -> String { join(items.map(\.rawValue)) }
}
