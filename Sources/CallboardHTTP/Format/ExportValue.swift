/// One cell of an export, typed so each format writes it in its own way: JSON keeps numbers,
/// booleans, nulls and nested JSON; CSV writes text (empty for null).
enum ExportValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case decimal(Double)
    case bool(Bool)
    case null
    /// Already JSON (an event's payload): nested as is in JSON, written as text in CSV.
    case json(String)

    static func optional(_ text: String?) -> ExportValue { text.map(ExportValue.text) ?? .null }
    static func optional(_ number: Double?) -> ExportValue { number.map(ExportValue.decimal) ?? .null }
    static func optional(_ flag: Bool?) -> ExportValue { flag.map(ExportValue.bool) ?? .null }

    /// The value as JSON text.
    var json: String {
        switch self {
        case let .text(text): JSONText.quoted(text)
        case let .integer(number): String(number)
        case let .decimal(number): number.isFinite ? String(number) : "null"
        case let .bool(flag): flag ? "true" : "false"
        case .null: "null"
        case let .json(text): text
        }
    }

    /// The value as CSV text, before quoting.
    var plain: String {
        switch self {
        case let .text(text), let .json(text): text
        case let .integer(number): String(number)
        case let .decimal(number): String(number)
        case let .bool(flag): flag ? "true" : "false"
        case .null: ""
        }
    }
}
