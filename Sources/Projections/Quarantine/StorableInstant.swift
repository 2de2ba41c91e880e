import Foundation

/// The instants a read model stores: from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z,
/// the years every reader can turn back into a date, a local time and an ISO 8601 text.
///
/// Binding a `Date` far outside them traps in PostgresNIO's encoding (microseconds since
/// 2000 overflow `Int64`: `Double value cannot be converted to Int64`), which would take
/// the whole process down at one stored event. Read models pass every instant through
/// ``checked(_:)`` (or bind through a checked overload) so that such an event is refused
/// with a thrown ``UnstorableInstant`` and quarantined instead.
public enum StorableInstant {
    /// 0001-01-01T00:00:00Z.
    public static let earliest = Date(timeIntervalSince1970: -62_135_596_800)
    /// 9999-12-31T23:59:59Z.
    public static let latest = Date(timeIntervalSince1970: 253_402_300_799)

    /// `instant`, or an error when it is not finite or lies outside ``earliest`` ... ``latest``.
    public static func checked(_ instant: Date) throws(UnstorableInstant) -> Date {
        let seconds = instant.timeIntervalSince1970
        guard seconds.isFinite, seconds >= earliest.timeIntervalSince1970, seconds <= latest.timeIntervalSince1970 else {
            throw UnstorableInstant(secondsSince1970: seconds)
        }
        return instant
    }

    /// `instant` checked, or nil.
    public static func checked(_ instant: Date?) throws(UnstorableInstant) -> Date? {
        guard let instant else { return nil }
        return try checked(instant)
    }

    /// Every instant checked.
    public static func checked(_ instants: [Date]) throws(UnstorableInstant) -> [Date] {
        for instant in instants { _ = try checked(instant) }
        return instants
    }

    /// Every instant checked.
    public static func checked(_ instants: [Date?]) throws(UnstorableInstant) -> [Date?] {
        for instant in instants { _ = try checked(instant) }
        return instants
    }
}

/// An instant outside the years a read model stores (see ``StorableInstant``).
public struct UnstorableInstant: PoisonEventError, Equatable {
    public let secondsSince1970: Double

    public var description: String {
        guard secondsSince1970.isFinite else { return "an instant that is not a finite time cannot be stored" }
        // Printed, never converted to an integer: the value may be beyond any integer type.
        let year = String(format: "%.0f", (secondsSince1970 / 31_556_952 + 1970).rounded(.down))
        return "the instant \(secondsSince1970) s since 1970 (about year \(year)) lies outside the years 1-9999 a read model stores"
    }
}
