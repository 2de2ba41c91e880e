import ArgumentParser
import CallboardDomain
import CallboardImport
import Foundation

/// What `--as-of` names: the "as known at" clock (recorded time: what had been recorded in
/// the log by then), never the business date a report covers (`--date`, `--week`,
/// `--month`). An instant, or a date alone meaning the end of that day on the report's
/// clock (the site's timezone, or the account's market timezone).
enum AsKnownAt: Sendable, Equatable {
    case instant(Date)
    case endOfDay(LocalDate)

    /// `2026-11-23T09:00:00Z`, `2026-11-23T17:00:00+08:00` or `2026-11-23`.
    static func parse(_ text: String) throws -> AsKnownAt {
        if !text.contains("T") {
            do { return .endOfDay(try FieldSyntax.date(text)) } catch {
                throw ValidationError("--as-of \(text): \(error) or an instant such as 2026-11-23T09:00:00Z")
            }
        }
        do { return .instant(try FieldSyntax.instant(text)) } catch {
            throw ValidationError("--as-of \(text): \(error), or a date alone (YYYY-MM-DD) for the end of that day")
        }
    }

    /// The instant on `clock` (UTC when nil): a date alone is the last microsecond of that
    /// day there, so everything recorded during the day is included.
    func instant(on clock: TimeZoneID?) -> Date {
        switch self {
        case let .instant(instant): instant
        case let .endOfDay(day): day.adding(days: 1).start(in: clock?.timeZone ?? .gmt) - 0.000_001
        }
    }
}
