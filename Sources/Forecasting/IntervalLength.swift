extension IntervalSeries {
    /// How long each interval of a series lasts: 15, 30 or 60 minutes, as contact systems report.
    ///
    /// Exists (nested, so it never clashes with the domain's own interval type) to keep
    /// interval arithmetic in whole seconds and to refuse any other granularity.
    public enum Length: Int, Sendable, Hashable, Codable, CaseIterable {
        case fifteenMinutes = 15
        case thirtyMinutes = 30
        case sixtyMinutes = 60

        public var minutes: Int { rawValue }
        public var seconds: Int { rawValue * 60 }
        /// Intervals in a 24-hour day (96, 48 or 24).
        public var perDay: Int { 1440 / rawValue }
        /// Intervals in a week of 24-hour days (672, 336 or 168).
        public var perWeek: Int { 7 * perDay }
    }
}
