/// A day of the week, Monday first (ISO 8601): queues' hours of operation are per weekday.
public enum Weekday: String, Sendable, Codable, CodingKeyRepresentable, CaseIterable, Comparable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// 1 for Monday to 7 for Sunday (ISO 8601).
    public var isoNumber: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.isoNumber < rhs.isoNumber }
}

extension Weekday {
    /// `Mon` ... `Sun`: the weekday as reports print it beside a date.
    public var abbreviation: String { String(rawValue.prefix(1).uppercased() + rawValue.dropFirst().prefix(2)) }
}
