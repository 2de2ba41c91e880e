import EventStore

/// JSON text written by hand, for bodies streamed row by row without an encoder in between.
public enum JSONText {
    /// `text` as a JSON string literal, quotes included (the event store's escaper).
    public static func quoted(_ text: String) -> String { JSONStringLiteral.quoted(text) }

    /// A JSON array of strings.
    public static func array(_ values: [String]) -> String {
        "[" + values.map(quoted).joined(separator: ",") + "]"
    }

    /// A number as JSON: finite doubles as Swift prints them (shortest round-trip), others null.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
