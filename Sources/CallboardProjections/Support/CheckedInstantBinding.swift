import CallboardDomain
import Foundation
import PostgresNIO
import Projections

/// Every instant written into a query of this module is checked before it is bound: one
/// outside the years a read model stores (``StorableInstant``) throws ``UnstorableInstant``
/// instead of trapping in PostgresNIO's `Date` encoding, so a stored event with an absurd
/// instant is quarantined, and a report asked about one is refused, instead of the process
/// dying.
extension PostgresQuery.StringInterpolation {
    mutating func appendInterpolation(_ instant: Date) throws {
        bind(try StorableInstant.checked(instant))
    }

    mutating func appendInterpolation(_ instant: Date?) throws {
        bind(try StorableInstant.checked(instant))
    }

    /// The driver's own binding (generic, so it never calls back into the overloads above).
    private mutating func bind<Value: PostgresNonThrowingEncodable>(_ value: Value) {
        appendInterpolation(value)
    }

    private mutating func bind<Value: PostgresNonThrowingEncodable>(_ value: Value?) {
        appendInterpolation(value)
    }
}

/// A stored event that cannot be decoded is the event's fault, not a passing failure: the
/// engine quarantines it (see `Projections.ApplyFailure`).
extension EventCodingError: PoisonEventError {}
