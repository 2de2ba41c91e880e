import Foundation

/// One typed value of a report or export row: the one cell type both edges render, so a
/// figure is a number, a flag a boolean and an instant an instant in every format.
public enum Cell: Sendable, Equatable, ExpressibleByStringLiteral {
    case text(String)
    case integer(Int)
    case decimal(Double)
    /// A fraction from 0 to 1.
    case ratio(Double)
    case boolean(Bool)
    /// A civil day, `YYYY-MM-DD` (any of the code's civil date types, by its description).
    case date(String)
    /// An instant, written on the table's clock with its offset.
    case instant(Date)
    case list([String])
    /// Already JSON text (an object or array): nested as is in JSON, as text in CSV.
    case json(String)
    /// Not given: null in JSON, empty in CSV and tables.
    case null

    public init(stringLiteral value: String) { self = .text(value) }

    public static func optional(_ text: String?) -> Cell { text.map(Cell.text) ?? .null }
    public static func optional(_ number: Int?) -> Cell { number.map(Cell.integer) ?? .null }
    public static func optional(_ number: Double?) -> Cell { number.map(Cell.decimal) ?? .null }
    public static func optional(_ flag: Bool?) -> Cell { flag.map(Cell.boolean) ?? .null }
    public static func ratio(_ share: Double?) -> Cell { share.map(Cell.ratio) ?? .null }
    public static func instant(_ instant: Date?) -> Cell { instant.map(Cell.instant) ?? .null }
    public static func date(_ day: (some CustomStringConvertible)?) -> Cell { day.map { .date($0.description) } ?? .null }

    /// The column type this value fits (nil for null, which fits any nullable column).
    public var type: ColumnType? {
        switch self {
        case .text: .text
        case .integer: .integer
        case .decimal: .decimal
        case .ratio: .ratio
        case .boolean: .boolean
        case .date: .date
        case .instant: .instant
        case .list: .list
        case .json: .json
        case .null: nil
        }
    }

    /// Whether a value of this kind lines up right in a table.
    public var isNumeric: Bool {
        switch self {
        case .integer, .decimal, .ratio: true
        default: false
        }
    }
}

extension Cell {
    /// A number with at most `places` decimals, as a decimal cell (agents and hours to a tenth).
    public static func rounded(_ value: Double?, places: Int = 1) -> Cell {
        guard let value else { return .null }
        let scale = pow(10, Double(places))
        return .decimal((value * scale).rounded() / scale)
    }
}

extension Cell {
    /// Counts by key as one JSON object (`{"CEB":3,"MNL":2.5}`): how many agents each site
    /// puts on a queue, in one column instead of a packed `CEB:3;MNL:2.5` string.
    public static func counts(_ pairs: [(String, Double)]) -> Cell {
        .json("{" + pairs.map { JSONText.quoted($0.0) + ":" + JSONText.number($0.1) }.joined(separator: ",") + "}")
    }
}

extension Cell {
    /// Texts by key as one JSON object (`{"en":"native","tl":"fluent"}`), instead of a packed
    /// `en:native;tl:fluent` string.
    public static func labels(_ pairs: [(String, String)]) -> Cell {
        .json("{" + pairs.map { JSONText.quoted($0.0) + ":" + JSONText.quoted($0.1) }.joined(separator: ",") + "}")
    }
}
