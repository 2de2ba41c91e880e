import CallboardDomain
import Foundation

/// The `as_of` parameter of every account export (issue 15): the instant whose knowledge an
/// answer gives ("as known at", recorded time), an ISO 8601 instant with its offset
/// (`2026-12-01T09:00:00Z`, `2026-12-01T09:00:00.5-05:00`) or a date alone, meaning the
/// end of that day on the reader's clock (its last microsecond: the log records instants
/// to the microsecond).
///
/// The business period an export covers is named by its own parameters (`month`, `from`,
/// `date`): the two clocks stay apart.
enum AsOfInstant {
    static let name = "as_of"

    /// The instant `text` names on `clock`; 400 naming `as_of` when it is neither form or
    /// lies outside the years 1900 to 9998.
    static func parse(_ text: String, on clock: ReaderClock) throws(ExportError) -> Date {
        let instant: Date?
        if text.count == 10, let date = LocalDate(parsing: text) {
            instant = (QueryParameters.earliestDate...QueryParameters.latestDate).contains(date)
                ? clock.start(of: date.adding(days: 1)).addingTimeInterval(-0.000_001) : nil
        } else {
            instant = Self.instant(text)
        }
        guard let instant, instant >= clock.start(of: QueryParameters.earliestDate),
              instant < clock.start(of: QueryParameters.latestDate) else {
            throw .badParameter(name, "must be an ISO 8601 instant with its offset such as 2026-12-01T09:00:00Z, or a date "
                + "such as 2026-12-01 (the end of that day on the reader's clock), but was '\(QueryParameters.visible(text))'")
        }
        return instant
    }

    private static func instant(_ text: String) -> Date? {
        guard text.count <= 40, text.contains("T") else { return nil }
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }

    /// 400 naming `as_of` for an instant before the first event was recorded: nothing was
    /// known then, and saying so beats a "no such account".
    static func check(_ instant: Date, logBegan: Date?) throws(ExportError) {
        guard let logBegan, instant >= logBegan else {
            let began = logBegan.map { "the log began at \(EventJSON.format($0))" } ?? "the log is empty"
            throw .badParameter(name, "is before anything was recorded (\(began))")
        }
    }

    /// Whether an answer as of `instant` can no longer change at `now`: the log is
    /// append-only and an event's recorded time is its transaction's start
    /// (`recorded_at DEFAULT now()`), so the only events that can still join the log with a
    /// recorded time at or before `instant` are those of a transaction that started by
    /// then and has not committed yet. Such a transaction is bounded by the server's
    /// statement and idle-in-transaction timeouts (deploy/postgresql.md); an hour is well
    /// beyond both, and beyond any skew between this process's clock and the server's.
    static func isSettled(_ instant: Date, now: Date = Date()) -> Bool {
        instant < now.addingTimeInterval(-settlingSeconds)
    }

    static let settlingSeconds: TimeInterval = 3600
}
