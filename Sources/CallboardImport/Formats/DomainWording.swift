import CallboardDomain
import Foundation

extension ColumnProblem {
    /// A domain field problem placed in the file's column: `fieldColumns` maps the domain's
    /// field names (`answeredWithinThreshold`) to columns (`answered_within_sla`); a field
    /// without an entry is named as the domain names it.
    public init(_ problem: FieldProblem, fieldColumns: [String: String]) {
        self.init(column: fieldColumns[problem.field] ?? problem.field, reason: "\(problem.rule), but was \(problem.value)")
    }

    /// A domain refusal placed in `column`. The domain's sentence names its own field in a
    /// `(field siteID)` note; in a file the column says that, so the note is left out.
    public init(_ rejection: some CustomStringConvertible, column: String?) {
        self.init(column: column, reason: Self.withoutFieldNotes(rejection.description))
    }

    static func withoutFieldNotes(_ sentence: String) -> String {
        var text = Substring(sentence)
        var result = ""
        while let note = text.range(of: " (field ") {
            guard let close = text[note.upperBound...].firstIndex(of: ")") else { break }
            result += text[..<note.lowerBound]
            text = text[text.index(after: close)...]
        }
        return result + text
    }
}
