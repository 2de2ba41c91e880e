/// A public holiday on a day of a market's calendar: the holiday itself, or the working day
/// given in its place (the observed substitute).
///
/// Exists as the answer the forecaster needs: a named, dated fact it can close a queue on,
/// or learn a holiday effect from.
public struct PublicHoliday: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The day it falls on (or is observed on).
    public let date: LocalDate
    /// The holiday's name (an observed substitute carries the name of the holiday it replaces).
    public let name: String
    /// For an observed substitute, the holiday's own date; nil for the holiday itself.
    public let substituteFor: LocalDate?

    public init(date: LocalDate, name: String, substituteFor: LocalDate? = nil) {
        self.date = date
        self.name = name
        self.substituteFor = substituteFor
    }

    /// Whether this is the day given in place of a holiday that fell on a weekend or on another holiday.
    public var isObservedSubstitute: Bool { substituteFor != nil }

    public var description: String {
        substituteFor.map { "\(date) \(name) (observed, for \($0))" } ?? "\(date) \(name)"
    }
}
