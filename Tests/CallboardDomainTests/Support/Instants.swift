import Foundation
@testable import CallboardDomain

/// Parses an ISO 8601 UTC instant written in a test, e.g. `utc("2026-03-08T07:00:00Z")`.
func utc(_ text: String) -> Date {
    guard let date = EventJSON.parse(text) else { preconditionFailure("bad instant in test: \(text)") }
    return date
}

func zone(_ identifier: String) -> TimeZone {
    guard let zone = TimeZone(identifier: identifier) else { preconditionFailure("unknown zone \(identifier)") }
    return zone
}
