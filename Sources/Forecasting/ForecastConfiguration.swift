extension VolumeForecaster {
    /// The forecaster's settings, and the model version its forecasts are stamped with.
    ///
    /// Exists so a planner can tell which model produced a published forecast, and so a
    /// backtest can compare settings. Change ``modelVersion`` whenever a default or the
    /// model's maths changes, so stored forecasts stay traceable.
    public struct Configuration: Sendable, Hashable {
        /// Stamped on every forecast.
        public var modelVersion: String
        /// History shorter than this is refused (``ForecastInputError/historyTooShort(weeks:requiredWeeks:)``).
        public var minimumHistoryWeeks: Int
        /// Weeks with normal days the level-and-trend line is fitted through.
        public var trendWindowWeeks: Int
        /// Weeks with normal days (at most the 26 looked back) the growth is measured over; the
        /// level stays on the latest ``trendWindowWeeks`` (``DailyTrend``). 10 (= the trend window)
        /// was "callboard-volume-4".
        public var slopeWindowWeeks: Int
        /// Share of the weekly growth kept for each further week ahead (1 = no damping).
        public var trendDampingPerWeek: Double
        /// Weeks of normal days the weekday factors are learned from.
        public var weekdayWindowWeeks: Int
        /// Most recent normal days per weekday the intraday shape is learned from.
        public var shapeDaysPerWeekday: Int
        /// Prior spread (standard deviation of the log) of peak uplifts: how far from 1 an
        /// uplift may be before evidence is needed. Smaller shrinks harder toward 1.
        public var upliftPriorSpread: Double
        /// Weeks of normal days held out to measure the model's error for P90.
        public var holdoutWeeks: Int
        /// Year-to-year spread (sd of the log) of one peak position's uplift: how much one past
        /// season tells about the next. Used when shrinking toward a pooled estimate, and as
        /// the drift between seasons that makes the latest one weigh most (``weighsRecentSeasons``).
        public var upliftYearSpread: Double
        /// Whether a retail event neither the queue nor its pool has seen takes the documented
        /// default uplifts (``RetailPeakDefaults``) instead of 1.
        public var usesRetailDefaults: Bool
        /// Whether a step in the level over the last weeks moves the trend (``DailyTrend/recentShift(of:logLevel:slope:anchorDay:)``).
        public var followsLevelShifts: Bool
        /// Weeks right after a past season its bridged baseline skips (``DailyTrend/postPeakWeeks``).
        public var postPeakWeeks: Int
        /// Whether a peak position's past seasons are combined as a level drifting by
        /// ``upliftYearSpread`` a year, the latest weighing most (``PeakUplifts/seasonsCombined(_:noise:yearVariance:)``),
        /// rather than as a plain mean ("callboard-volume-5").
        public var weighsRecentSeasons: Bool
        /// Whether, without a pooled estimate, a retail event's learned uplift is shrunk toward
        /// the event's documented default (``RetailPeakDefaults``) rather than toward 1
        /// ("callboard-volume-6"). Only with ``usesRetailDefaults``.
        public var shrinksTowardRetailDefaults: Bool

        public init(modelVersion: String = "callboard-volume-8", minimumHistoryWeeks: Int = 8,
                    trendWindowWeeks: Int = 10, slopeWindowWeeks: Int = 26, trendDampingPerWeek: Double = 0.9, weekdayWindowWeeks: Int = 16,
                    shapeDaysPerWeekday: Int = 12, upliftPriorSpread: Double = 0.5, holdoutWeeks: Int = 4, upliftYearSpread: Double = 0.1,
                    usesRetailDefaults: Bool = true, followsLevelShifts: Bool = true, postPeakWeeks: Int = 2,
                    weighsRecentSeasons: Bool = true, shrinksTowardRetailDefaults: Bool = true) {
            self.modelVersion = modelVersion
            self.minimumHistoryWeeks = minimumHistoryWeeks
            self.trendWindowWeeks = trendWindowWeeks
            self.slopeWindowWeeks = slopeWindowWeeks
            self.trendDampingPerWeek = trendDampingPerWeek
            self.weekdayWindowWeeks = weekdayWindowWeeks
            self.shapeDaysPerWeekday = shapeDaysPerWeekday
            self.upliftPriorSpread = upliftPriorSpread
            self.holdoutWeeks = holdoutWeeks
            self.upliftYearSpread = upliftYearSpread
            self.usesRetailDefaults = usesRetailDefaults
            self.followsLevelShifts = followsLevelShifts
            self.postPeakWeeks = postPeakWeeks
            self.weighsRecentSeasons = weighsRecentSeasons
            self.shrinksTowardRetailDefaults = shrinksTowardRetailDefaults
        }

        func validate() throws(ForecastInputError) {
            func require(_ condition: Bool, _ field: String, _ value: Double) throws(ForecastInputError) {
                if !condition { throw .invalidConfiguration(field: field, value: value) }
            }
            try require(minimumHistoryWeeks >= 2, "minimumHistoryWeeks", Double(minimumHistoryWeeks))
            try require(trendWindowWeeks >= 2, "trendWindowWeeks", Double(trendWindowWeeks))
            try require(slopeWindowWeeks >= 2, "slopeWindowWeeks", Double(slopeWindowWeeks))
            try require(trendDampingPerWeek > 0 && trendDampingPerWeek <= 1, "trendDampingPerWeek", trendDampingPerWeek)
            try require(weekdayWindowWeeks >= 1, "weekdayWindowWeeks", Double(weekdayWindowWeeks))
            try require(shapeDaysPerWeekday >= 1, "shapeDaysPerWeekday", Double(shapeDaysPerWeekday))
            try require(upliftPriorSpread > 0 && upliftPriorSpread.isFinite, "upliftPriorSpread", upliftPriorSpread)
            try require(holdoutWeeks >= 0, "holdoutWeeks", Double(holdoutWeeks))
            try require((0...8).contains(postPeakWeeks), "postPeakWeeks", Double(postPeakWeeks))
            try require(upliftYearSpread >= 0 && upliftYearSpread.isFinite, "upliftYearSpread", upliftYearSpread)
        }
    }
}
