import Foundation

/// One thing wrong with one field of a command or report, phrased for a site director:
/// which field, what the rule is, and the offending value.
///
/// Validation collects every problem at once so whoever fixes the input sees the whole list.
public struct FieldProblem: Sendable, Equatable, CustomStringConvertible {
    /// The field's name as it appears in the command or report, e.g. `seats`.
    public let field: String
    /// The offending value as written, e.g. `0` or `'Mars/Olympus'`.
    public let value: String
    /// The rule the value broke, e.g. `must be greater than zero`.
    public let rule: String

    public init(field: String, value: String, rule: String) {
        self.field = field
        self.value = value
        self.rule = rule
    }

    public var description: String { "\(field) \(rule), but was \(value)." }
}

/// Gathers the field problems of one command; deciders throw them together.
struct FieldChecks {
    private(set) var problems: [FieldProblem] = []

    /// Records a problem unless `isValid` holds.
    mutating func require(
        _ isValid: Bool, _ field: String, _ value: @autoclosure () -> String, _ rule: String
    ) {
        if !isValid { problems.append(FieldProblem(field: field, value: value(), rule: rule)) }
    }

    /// Requires text with something other than spaces in it.
    mutating func requireText(_ text: String, _ field: String) {
        require(!text.trimmingCharacters(in: .whitespaces).isEmpty, field, "'\(text)'", "must not be empty")
    }

    /// Requires an identifier usable in a stream name.
    mutating func requireIdentifier(_ id: some EntityIdentifier, _ field: String) {
        require(id.isWellFormed, field, "'\(id)'",
                "must be 1 to 64 letters, digits, '.', '_' or '-'")
    }

    /// Requires a list that is not empty and has no repeats.
    mutating func requireDistinctNonEmpty<T: Hashable>(_ values: [T], _ field: String) {
        require(!values.isEmpty, field, "an empty list", "must name at least one")
        require(Set(values).count == values.count, field, Wording.list(values), "must not repeat an entry")
    }

    mutating func append(_ problems: [FieldProblem]) { self.problems += problems }
}
