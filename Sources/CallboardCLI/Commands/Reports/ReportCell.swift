import CallboardDomain
import CallboardReports
import Foundation

/// How report values read in a cell: shares as ratios (fractions 0..1, shown as percents on a
/// terminal), hours and agents with one decimal, instants as instants, local times with
/// their UTC offset.
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

    /// `01:30 -5` (or `09:15 +5:45`): the wall-clock time and the UTC offset that tells apart
    /// a fall-back night's two 01:30s.
    static func clock(_ time: LocalTime, offsetSeconds: Int) -> String {
        let minutes = abs(offsetSeconds) / 60
        let offset = minutes % 60 == 0 ? "\(minutes / 60)" : String(format: "%d:%02d", minutes / 60, minutes % 60)
        return "\(time) \(offsetSeconds < 0 ? "-" : "+")\(offset)"
    }
}
