/// A parameter a report or export takes, named alike on both edges (`--month` in the CLI,
/// `month=` in the API), with the pattern of the values the server accepts: what the
/// OpenAPI document states, held against the server by a test.
public struct ReportParameter: Sendable, Equatable {
    public let name: String
    public let required: Bool
    /// A regular expression every accepted value matches (values matching it may still be
    /// refused by range: a month after 9998-12).
    public let pattern: String?
    /// The values a parameter takes when it takes a few.
    public let values: [String]?
    public let description: String
    /// A value the server accepts, for the documentation and the tests.
    public let example: String

    public init(_ name: String, required: Bool = false, pattern: String? = nil, values: [String]? = nil,
                example: String, _ description: String) {
        self.name = name
        self.required = required
        self.pattern = pattern
        self.values = values
        self.description = description
        self.example = example
    }

    public static let datePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    public static let monthPattern = "^[0-9]{4}-[0-9]{2}$"
    public static let wholeNumberPattern = "^[0-9]{1,9}$"
}
