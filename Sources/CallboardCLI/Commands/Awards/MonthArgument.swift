import ArgumentParser
import CallboardDomain

/// Parses a `--month` option given as `YYYY-MM` into a site-local month.
enum MonthArgument {
    static func parse(_ text: String) throws -> LocalMonth {
        guard let month = LocalMonth(parsing: text) else {
            throw ValidationError("--month must look like 2026-11; got \(text)")
        }
        guard BusinessCalendar.contains(month) else {
            throw ValidationError("--month must be from 1900-01 to 9998-12; got \(text)")
        }
        return month
    }
}
