/// The level a past run of special days is measured against when its uplifts are learned.
///
/// Exists because an uplift is only as good as the baseline under it. A peak season is a
/// long run of special days (in Western markets the Black Friday, Cyber Monday, run-up and
/// Christmas windows join into one run from a week before Black Friday to early January),
/// and extrapolating a trend from before the run alone needs weeks of history before it and
/// drifts over six weeks. So a run that has ended before the origin is bridged: a Theil-Sen
/// line through the weekly levels of up to ``weeksPerSide`` weeks of normal days on each
/// side, undamped, interpolated across the run, the after side starting ``postPeakWeeks``
/// weeks after the run when enough weeks follow (post-peak volume has not settled yet).
/// Normal weeks after the run are enough when
/// the history starts just before (or inside) it, as with a queue's first peak. A run still
/// going at the origin (this season's early days) has no after side: it gets the line the
/// model would have forecast from, fitted on the normal days before it, and is used only
/// when ``minimumWeeksBefore`` weeks of history precede it.
extension DailyTrend {
    /// Normal weeks taken on each side of a run that has ended.
    static let weeksPerSide = 6
    /// Weeks of history a run still going at the origin needs before it.
    static let minimumWeeksBefore = 4
    /// The default of ``VolumeForecaster/Configuration/postPeakWeeks``: weeks right after a
    /// run that the bridge skips when it can: volume takes weeks to
    /// settle after a peak season (returns, January sales, delayed orders), and a bridge
    /// resting on those weeks sits too high, so the season's uplifts are learned too low and
    /// next year's peak is under-forecast.
    static let postPeakWeeks = 2
    /// Normal weeks the after side needs, once the post-peak weeks are skipped, to skip them.
    static let minimumSettledWeeks = 3

    /// The baseline level across `run` (local days, all special); nil when there is too
    /// little normal history around it to measure against.
    static func across(_ run: Range<Int>, days: TrainingDays, weekdays: WeekdayFactors,
                       configuration: VolumeForecaster.Configuration) -> DailyTrend? {
        let reach = 7 * lookbackWeeks
        let afterEnd = min(days.origin, run.upperBound + reach)
        let settled = weeklyLevels(days, weekdays: weekdays,
                                   walking: min(afterEnd, run.upperBound + 7 * configuration.postPeakWeeks)..<afterEnd,
                                   weeks: weeksPerSide).levels
        let after = settled.count >= minimumSettledWeeks ? settled
            : weeklyLevels(days, weekdays: weekdays, walking: run.upperBound..<afterEnd, weeks: weeksPerSide).levels
        guard !after.isEmpty else {
            guard days.history.firstDay + 7 * minimumWeeksBefore <= run.lowerBound else { return nil }
            return DailyTrend(learningFrom: days.seen(before: run.lowerBound), weekdays: weekdays,
                              weeks: configuration.trendWindowWeeks, slopeWeeks: configuration.slopeWindowWeeks,
                              dampingPerWeek: configuration.trendDampingPerWeek)
        }
        let earliest = max(days.history.firstDay, run.lowerBound - reach)
        let before = weeklyLevels(days, weekdays: weekdays,
                                  walking: stride(from: run.lowerBound - 1, through: earliest, by: -1),
                                  weeks: weeksPerSide).levels
        return DailyTrend(fittingThrough: before + after, anchorDay: run.lowerBound, dampingPerDay: 1)
    }
}
