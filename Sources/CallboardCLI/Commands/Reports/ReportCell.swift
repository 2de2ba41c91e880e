import CallboardDomain
import Foundation

/// How report values read in a cell: shares as percentages with one decimal, hours with
/// one decimal, instants to the minute in UTC, local times with their UTC offset.
enum ReportCell {
    /// 0.8129 as 81.3 (a number, so it stays one in JSON and aligns right).
    static func percent(_ share: Double?) -> OutputCell {
        share.map { .decimal(($0 * 1000).rounded() / 10) } ?? .none
    }

    /// A service level as a percentage floored (never rounded up) to one decimal, so 79.96%
    /// reads 79.9 next to a "missed" 80% target rather than 80 (the same tolerance as `met`).
    static func serviceLevel(_ share: Double?) -> OutputCell {
        share.map { .decimal((($0 + 1e-9) * 1000).rounded(.down) / 10) } ?? .none
    }

    static func tenths(_ value: Double?) -> OutputCell {
        value.map { .decimal(($0 * 10).rounded() / 10) } ?? .none
    }

    /// `2026-11-23 12:01` (UTC).
    static func minute(_ instant: Date) -> String {
        String(EventJSON.format(instant).prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    /// `01:30 -5` (or `09:15 +5:45`): the wall-clock time and the UTC offset that tells apart
    /// a fall-back night's two 01:30s.
    static func clock(_ time: LocalTime, offsetSeconds: Int) -> String {
        let minutes = abs(offsetSeconds) / 60
        let offset = minutes % 60 == 0 ? "\(minutes / 60)" : String(format: "%d:%02d", minutes / 60, minutes % 60)
        return "\(time) \(offsetSeconds < 0 ? "-" : "+")\(offset)"
    }
}
