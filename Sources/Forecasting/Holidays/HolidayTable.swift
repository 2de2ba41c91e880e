/// The dates of a holiday that follows no simple rule (Chinese New Year, Eid al-Fitr,
/// Deepavali, Chuseok), listed year by year over the years it covers.
///
/// Exists so the lunar, Islamic and Hindu holidays can be used without an astronomical
/// calendar, and so a year the table does not cover is *unknown*, never silently holiday-free.
/// A covered year may hold no date (an Islamic holiday skips a Gregorian year about once in
/// 33) or two (it falls at both ends of the year).
public struct HolidayTable: Sendable, Hashable {
    /// The dates per covered year, in order.
    public let datesByYear: [Int: [LocalDate]]
    /// Where the dates come from, and how sure they are.
    public let source: String

    public init(_ datesByYear: [Int: [LocalDate]], source: String) {
        self.datesByYear = datesByYear.mapValues { $0.sorted() }
        self.source = source
    }

    /// The years the table covers.
    public var years: ClosedRange<Int>? {
        guard let low = datesByYear.keys.min(), let high = datesByYear.keys.max() else { return nil }
        return low...high
    }

    /// The year's dates, or nil when the table does not cover the year.
    public func dates(in year: Int) -> [LocalDate]? { datesByYear[year] }
}
