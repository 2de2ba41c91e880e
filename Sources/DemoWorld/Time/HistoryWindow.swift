import CivilCalendar
import Foundation

/// The span of time the world covers, all derived from `now`: interval history up to the
/// last complete interval, the recent months of agent activity and quality facts, and the
/// coming weeks of planned shifts.
struct HistoryWindow: Sendable {
    static let intervalSeconds = 1_800

    /// The current instant, seconds since the epoch.
    let now: Int
    /// First interval start of the history (a UTC midnight).
    let start: Int
    /// End of the history: the start of the interval `now` falls in (exclusive).
    let end: Int
    /// First UTC day with per-agent interval figures.
    let activityStart: Int
    /// First instant with QA evaluations and CSAT surveys.
    let qualityStart: Int
    /// How many local days ahead shifts are planned.
    let shiftDays: Int

    init(now: Date, scale: DemoScale) {
        let now = Int(now.timeIntervalSince1970.rounded(.down))
        let today = LocalDate(containing: now)
        self.now = now
        end = now.floorDivided(by: Self.intervalSeconds) * Self.intervalSeconds
        switch scale {
        case .full:
            start = today.firstOfMonth(addingMonths: -24).midnightSeconds
            activityStart = today.adding(days: -91).midnightSeconds
            qualityStart = today.firstOfMonth(addingMonths: -6).midnightSeconds
        case .small:
            // Nine weeks: a queue closed on Sundays or opening mid-morning still has the eight
            // whole weeks of history the season forecast asks for.
            start = today.adding(days: -63).midnightSeconds
            activityStart = today.adding(days: -14).midnightSeconds
            qualityStart = today.firstOfMonth(addingMonths: -2).midnightSeconds
        }
        shiftDays = 21
    }

    var firstDay: LocalDate { LocalDate(containing: start) }
    var today: LocalDate { LocalDate(containing: now) }
}
