import CallboardDomain
import CapacityPlanning
import CallboardProjections
import Hummingbird

/// A request's query parameters, read with the rule for each kind of value; a bad value is a
/// 400 naming the parameter and saying what it must be.
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

    func date(_ name: String) throws(ExportError) -> LocalDate {
        guard let text = values[name] else { throw .badParameter(name, "is required (a date such as 2026-11-27)") }
        guard let date = LocalDate(parsing: text) else {
            throw .badParameter(name, "must be a date such as 2026-11-27, but was '\(text)'")
        }
        return date
    }

    func month(_ name: String) throws(ExportError) -> CalendarMonth {
        guard let text = values[name] else { throw .badParameter(name, "is required (a month such as 2026-11)") }
        guard let month = CalendarMonth(parsing: text) else {
            throw .badParameter(name, "must be a month such as 2026-11, but was '\(text)'")
        }
        return month
    }

    /// An optional whole number within `range`.
    func integer(_ name: String, in range: ClosedRange<Int>) throws(ExportError) -> Int? {
        guard let text = values[name] else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw .badParameter(name, "must be a whole number from \(range.lowerBound) to \(range.upperBound), but was '\(text)'")
        }
        return number
    }
}

extension QueryParameters {
    /// A named peak season, e.g. `black-friday-2026`.
    func season(_ name: String) throws(ExportError) -> PeakSeason {
        guard let text = values[name] else { throw .badParameter(name, "is required (a season such as black-friday-2026)") }
        do { return try PeakSeason.named(text) } catch { throw .badParameter(name, error.description) }
    }
}
