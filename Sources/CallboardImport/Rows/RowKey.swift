/// What a row's fact is known by within one file when no single column says it (an interval
/// is its queue and start), so a second row for the same fact can be refused: a file that
/// reports one interval twice with different figures has no right answer.
public struct RowKey: Hashable, Sendable {
    /// The column a repeat is reported in.
    public let column: String
    /// The key as a reader recognises it, e.g. `TAB-VOICE-EN-US 2026-03-02T13:00:00Z`.
    public let text: String

    public init(column: String, text: String) {
        self.column = column
        self.text = text
    }
}
