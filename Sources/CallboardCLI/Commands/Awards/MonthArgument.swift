import ArgumentParser
import CallboardDomain

/// Parses a `--month` option given as `YYYY-MM` into a site-local month.
enum MonthArgument {
    static func parse(_ text: String) throws -> LocalMonth {
        guard let month = LocalMonth(parsing: text) else {
            throw ValidationError("--month must look like 2026-11; got \(text)")
        }
        return month
    }
}
