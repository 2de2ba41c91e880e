/// How a cell is written in each format. One rule per type, for both edges:
/// numbers and ratios as numbers, booleans as `true`/`false`, instants ISO 8601 with offset on
/// the table's clock, lists as JSON arrays (joined by `;` in CSV and tables), null as null
/// (empty in CSV and tables).
public enum CellEncoding {
    /// The cell as a JSON value.
    public static func json(_ cell: Cell, _ instants: inout InstantRenderer) -> String {
        switch cell {
        case let .text(text), let .date(text): JSONText.quoted(text)
        case let .integer(number): String(number)
        case let .decimal(number), let .ratio(number): JSONText.number(number)
        case let .boolean(flag): flag ? "true" : "false"
        case let .instant(instant): JSONText.quoted(instants.render(instant))
        case let .list(items): JSONText.array(items)
        case let .json(text): text
        case .null: "null"
        }
    }

    /// The cell as plain text, before any CSV quoting: what CSV carries.
    public static func plain(_ cell: Cell, _ instants: inout InstantRenderer) -> String {
        switch cell {
        case let .text(text), let .date(text), let .json(text): text
        case let .integer(number): String(number)
        case let .decimal(number), let .ratio(number): JSONText.number(number)
        case let .boolean(flag): flag ? "true" : "false"
        case let .instant(instant): instants.render(instant)
        case let .list(items): items.joined(separator: ";")
        case .null: ""
        }
    }

    /// The cell as a terminal table shows it to a person. Ratios read as percentages, cut
    /// (never rounded) to one decimal, so a 94.99% service level is 94.9%, never a 95 that
    /// would contradict `sla_met: false` next to a 95% target.
    public static func display(_ cell: Cell, _ instants: inout InstantRenderer) -> String {
        switch cell {
        case let .ratio(share): percent(share)
        case let .list(items): items.joined(separator: ", ")
        default: plain(cell, &instants)
        }
    }

    /// `0.94999` as `94.9%`: the share in percent, cut to one decimal.
    public static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "" }
        let tenths = (share * 1000 + 1e-7).rounded(.down)
        let whole = Int(tenths) / 10, tenth = abs(Int(tenths) % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return "\(sign)\(whole).\(tenth)%"
    }
}
