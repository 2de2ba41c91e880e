import Foundation

/// A queue's day as it runs: per interval the forecast, the actual so far, the re-forecast of
/// what is not reported yet, the agents it requires, the service level so far, and the risks.
///
/// Exists as the pure core of `report intraday`, so the rule (``IntradayReforecast`` for the
/// volume, the queue's published ``StaffingProfile`` for the agents, ``IntradayRisk`` for the
/// flags) is tested without a database. `required` is the agents to schedule on the
/// re-forecast (on the actual for a reported interval: what it needed), as coverage counts it.
public struct IntradayOutlook: Sendable, Equatable {
    /// One interval's outlook.
    public struct Row: Sendable, Equatable {
        public let start: Date
        public let forecast: Double?
        public let actual: Int?
        /// The forecast scaled by how the day runs; nil once reported or without a forecast.
        public let reforecast: Double?
        /// Agents to schedule for the re-forecast (or the actual); nil without a volume or profile.
        public let required: Int?
        public let eligible: Int
        /// The interval's own service level; nil while not reported or with nothing to count.
        public let serviceLevel: Double?
        /// The day's service level through this interval (the reported ones up to it).
        public let serviceLevelSoFar: Double?
        public let risks: [IntradayRisk]
    }

    public let reforecast: IntradayReforecast
    public let rows: [Row]
    /// The day's service level over every reported interval; nil when nothing counts yet.
    public let serviceLevelSoFar: Double?

    /// The outlook of `intervals` (in time order) of `intervalSeconds` each, staffed with
    /// `profile` (nil: no requirement), judged against `target` (a share 0...1; nil: no SLA).
    public init(_ intervals: [IntradayInterval], intervalSeconds: Double, profile: StaffingProfile?, target: Double?) {
        let reforecast = IntradayReforecast(forecast: intervals.map(\.forecast), actual: intervals.map { $0.actual.map { Double($0.offered) } })
        var answered = 0, counted = 0
        var rows: [Row] = []
        for interval in intervals {
            if let actual = interval.actual {
                answered += actual.answeredInTime
                counted += actual.counted
            }
            let soFar = counted > 0 ? Double(answered) / Double(counted) : nil
            let volume = interval.actual.map { Double($0.offered) } ?? interval.forecast.map(reforecast.reforecast)
            let required = volume.flatMap { contacts in
                try? profile?.requirement(contacts: contacts, intervalSeconds: intervalSeconds, start: interval.start).scheduled
            }
            var risks: [IntradayRisk] = []
            if let actual = interval.actual {
                if let target, let level = actual.serviceLevel, level + 1e-9 < target { risks.append(.missed) }
            } else if let required {
                if interval.eligible < required { risks.append(.short) }
                if let target, let soFar, soFar + 1e-9 < target, interval.eligible <= required { risks.append(.behind) }
            }
            rows.append(Row(
                start: interval.start, forecast: interval.forecast, actual: interval.actual?.offered,
                reforecast: interval.actual == nil ? interval.forecast.map(reforecast.reforecast) : nil,
                required: required, eligible: interval.eligible, serviceLevel: interval.actual?.serviceLevel,
                serviceLevelSoFar: interval.actual == nil ? nil : soFar, risks: risks))
        }
        self.reforecast = reforecast
        self.rows = rows
        serviceLevelSoFar = counted > 0 ? Double(answered) / Double(counted) : nil
    }
}
