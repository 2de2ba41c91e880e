import CallboardDomain
import CapacityPlanning
import CallboardProjections
import Hummingbird

/// A request's query parameters, read with the rule for each kind of value; a bad value is a
/// 400 naming the parameter and saying what it must be.
///
/// Dates and months lie in the years 1900 to 9998, where every instant of every clock can be
/// computed and stored (a day of 9999 would end in the year 10000).
struct QueryParameters: Sendable {
    let values: [String: String]

    init(_ request: Request) {
        var values: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { values[String(name)] = String(value) }
        self.values = values
    }

    subscript(name: String) -> String? { values[name] }

    /// Every parameter but `cursor`, sorted: what, with the position, names a response.
    var canonical: String {
        values.filter { $0.key != "cursor" }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
    }

    /// The first and last day a date parameter may name.
    static let earliestDate = LocalDate(year: 1900, month: 1, day: 1)!
    static let latestDate = LocalDate(year: 9998, month: 12, day: 31)!

    func date(_ name: String) throws(ExportError) -> LocalDate {
        guard let text = values[name] else { throw .badParameter(name, "is required (a date such as 2026-11-27)") }
        guard let date = LocalDate(parsing: text), (Self.earliestDate...Self.latestDate).contains(date) else {
            throw .badParameter(name, "must be a date from 1900-01-01 to 9998-12-31 such as 2026-11-27, but was '\(Self.visible(text))'")
        }
        return date
    }

    func month(_ name: String) throws(ExportError) -> LocalMonth {
        guard let text = values[name] else { throw .badParameter(name, "is required (a month such as 2026-11)") }
        guard let month = LocalMonth(parsing: text), (1900...9998).contains(month.year) else {
            throw .badParameter(name, "must be a month from 1900-01 to 9998-12 such as 2026-11, but was '\(Self.visible(text))'")
        }
        return month
    }

    /// The days `from` to `to` (both required, inclusive), at most `maximumDays` of them.
    func dateRange(maximumDays: Int) throws(ExportError) -> ClosedRange<LocalDate> {
        let from = try date("from")
        let to = try date("to")
        guard to >= from else { throw .badParameter("to", "must not be before from (\(from)), but was \(to)") }
        let days = to.daysSinceEpoch - from.daysSinceEpoch + 1
        guard days <= maximumDays else {
            throw .badParameter("to", "must be at most \(maximumDays) days after from, counting both (\(from) to \(to) is \(days) days); split the export")
        }
        return from...to
    }

    /// An optional whole number within `range`.
    func integer(_ name: String, in range: ClosedRange<Int>) throws(ExportError) -> Int? {
        guard let text = values[name] else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw .badParameter(name, "must be a whole number from \(range.lowerBound) to \(range.upperBound), but was '\(Self.visible(text))'")
        }
        return number
    }

    /// `text` as an error message may quote it: control characters escaped, at most 80 characters.
    static func visible(_ text: String) -> String { TimeZoneNameProblem.visible(text) }
}

extension QueryParameters {
    /// A named peak season, e.g. `black-friday-2026`.
    func season(_ name: String) throws(ExportError) -> PeakSeason {
        guard let text = values[name] else { throw .badParameter(name, "is required (a season such as black-friday-2026)") }
        guard text.utf8.count <= 64, text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F }) else {
            throw .badParameter(name, "must be a season such as black-friday-2026, but was '\(Self.visible(text))'")
        }
        do { return try PeakSeason.named(text) } catch { throw .badParameter(name, error.description) }
    }
}
