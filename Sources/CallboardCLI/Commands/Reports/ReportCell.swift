import CallboardDomain
import CallboardReports
import Foundation

/// How report values read in a cell: shares as ratios (fractions 0..1, shown as percents on a
/// terminal), hours and agents with one decimal, and instants as instants.
enum ReportCell {
    /// A share as a ratio cell: 0.8129 in CSV and JSON, 81.2% on a terminal.
    static func percent(_ share: Double?) -> Cell {
        .ratio(share)
    }

    static func tenths(_ value: Double?) -> Cell {
        .rounded(value)
    }

    /// An instant as an instant cell (ISO 8601 with offset in every format).
    static func minute(_ instant: Date) -> Cell {
        .instant(instant)
    }
}
