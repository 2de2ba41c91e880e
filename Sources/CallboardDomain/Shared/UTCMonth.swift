import Foundation

/// A calendar month in UTC (`2026-03`): high-volume interval facts are kept in one stream
/// per queue (or agent) and UTC month, so no stream grows without bound.
public struct UTCMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// The UTC month `instant` falls in.
    public init(containing instant: Date) {
        let days = Int((instant.timeIntervalSince1970 / 86_400).rounded(.down))
        let date = LocalDate(daysSinceEpoch: days)
        year = date.year
        month = date.month
    }

    public var description: String { "\(LocalDate.padded(year, 4))-\(LocalDate.padded(month, 2))" }

    public static func < (lhs: UTCMonth, rhs: UTCMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
