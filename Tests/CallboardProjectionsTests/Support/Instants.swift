import Foundation

/// `2026-11-01T04:00:00Z` as a Date, for fixtures.
func utc(_ text: String) -> Date {
    guard let date = try? Date(text, strategy: Date.ISO8601FormatStyle()) else { preconditionFailure("bad instant \(text)") }
    return date
}
