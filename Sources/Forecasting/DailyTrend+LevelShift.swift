import Foundation

/// A shift in the queue's level in its last weeks: the line moved onto the recent weeks when
/// they all sit on the same side of it, well outside its usual scatter.
///
/// Exists because a robust line through ten weeks is, by design, deaf to its last two:
/// a queue that took on a new client's volume (or lost one) two weeks before the origin is
/// otherwise forecast at the old level for a whole horizon, under-forecasting a growing queue
/// by the size of the step. Rule: the residuals (in logs) of the ``recentWeeks`` latest weekly
/// levels from the fitted line must all have the same sign and each exceed both
/// ``minimumShift`` and three robust standard deviations (1.4826 x the median absolute
/// residual) of the older weeks; then the level moves by their median. Needs at least
/// ``recentWeeks`` + 3 weeks, so the older weeks' scatter means something.
extension DailyTrend {
    /// Latest weeks that must agree before the level moves.
    static let recentWeeks = 2
    /// Smallest step (in logs, about 5%) treated as a shift rather than noise.
    static let minimumShift = 0.05

    /// The log shift to add to the line's level; 0 when the recent weeks do not show one.
    /// `levels` are most recent first.
    static func recentShift(of levels: [WeeklyLevel], logLevel: Double, slope: Double, anchorDay: Int) -> Double {
        guard levels.count >= recentWeeks + 3 else { return 0 }
        let residuals = levels.map { $0.log - (logLevel + slope * ($0.day - Double(anchorDay))) }
        let recent = Array(residuals.prefix(recentWeeks)), older = Array(residuals.dropFirst(recentWeeks))
        let centre = median(older)
        let scatter = 1.4826 * median(older.map { abs($0 - centre) })
        let threshold = max(minimumShift, 3 * scatter)
        guard recent.allSatisfy({ abs($0) > threshold }),
              recent.allSatisfy({ $0 > 0 }) || recent.allSatisfy({ $0 < 0 }) else { return 0 }
        return median(recent)
    }
}
