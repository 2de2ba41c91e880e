import Foundation

/// A stretch of real time during which an agent is certified on a program, and why it ends,
/// so a refusal or a coverage dip can say "expired on 2027-03-02" rather than just "no".
public struct ValidityInterval: Hashable, Sendable {
    public let from: Date
    /// The first instant the certification no longer holds.
    public let until: Date
    /// The local day the (first) certification of this stretch was granted.
    public let certifiedOn: LocalDate
    public let ending: ValidityEnding

    public init(from: Date, until: Date, certifiedOn: LocalDate, ending: ValidityEnding) {
        self.from = from
        self.until = until
        self.certifiedOn = certifiedOn
        self.ending = ending
    }

    public var instants: Range<Date> { from..<until }

    public func contains(_ instant: Date) -> Bool { from <= instant && instant < until }
}

/// Why a certification stops holding. Days are local days on the agent's site's clock.
public enum ValidityEnding: Hashable, Sendable {
    /// Its validity ran out; `on` is the first day it no longer holds.
    case expires(on: LocalDate)
    /// A program revision required holders to recertify; it held through the day `by`.
    case recertificationRequired(revision: Int, by: LocalDate)
    /// It was withdrawn on the day `on`.
    case revoked(on: LocalDate, reason: String)

    /// The first local day the certification no longer holds.
    public var lapsesOn: LocalDate {
        switch self {
        case let .expires(day): day
        case let .recertificationRequired(_, by): by.adding(days: 1)
        case let .revoked(day, _): day
        }
    }
}
