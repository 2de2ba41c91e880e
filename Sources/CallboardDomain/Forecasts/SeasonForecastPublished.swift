import Foundation

/// A scheduler's season job published a queue's forecast and capacity projection: the
/// forecast per interval with the model version and the inputs it came from, the required
/// agents per day, and the certified supply per site and day it was compared with.
///
/// Exists so every published forecast stays available, stream `forecast-<season>-<queue>`,
/// one revision per change of inputs, and can be compared later with what happened. The
/// natural key is the season, queue, model version and inputs fingerprint: the same inputs
/// always give the same event id, so a rerun appends nothing.
public struct SeasonForecastPublished: EventPayload {
    public static let eventType = "SeasonForecastPublished"

    public let season: String
    public let queueID: QueueID
    public let accountID: AccountID
    /// 1 for the first publication, then one more per change of inputs.
    public let revision: Int
    public let modelVersion: String
    /// A name-based UUID of every input (history, SLA, handle time, supply, lead time).
    public let inputsFingerprint: String
    public let timeZone: TimeZoneID
    /// The history the model learned from, UTC, end exclusive.
    public let historyFrom: Date
    public let historyUntil: Date
    public let intervalMinutes: Int
    /// The SLA the requirement was computed for, as written (`80/20`, `24h`).
    public let target: String
    public let averageHandleSeconds: Double
    public let shrinkage: Double
    /// Classroom and nesting days of the queue's program (or the default), for the plan.
    public let leadTime: PublishedLeadTime
    public let days: [PublishedForecastDay]
    public let intervals: [PublishedForecastInterval]
    public let supply: [PublishedSupply]

    public init(season: String, queueID: QueueID, accountID: AccountID, revision: Int, modelVersion: String,
                inputsFingerprint: String, timeZone: TimeZoneID, historyFrom: Date, historyUntil: Date,
                intervalMinutes: Int, target: String, averageHandleSeconds: Double, shrinkage: Double,
                leadTime: PublishedLeadTime, days: [PublishedForecastDay], intervals: [PublishedForecastInterval],
                supply: [PublishedSupply]) {
        self.season = season
        self.queueID = queueID
        self.accountID = accountID
        self.revision = revision
        self.modelVersion = modelVersion
        self.inputsFingerprint = inputsFingerprint
        self.timeZone = timeZone
        self.historyFrom = historyFrom
        self.historyUntil = historyUntil
        self.intervalMinutes = intervalMinutes
        self.target = target
        self.averageHandleSeconds = averageHandleSeconds
        self.shrinkage = shrinkage
        self.leadTime = leadTime
        self.days = days
        self.intervals = intervals
        self.supply = supply
    }

    public var naturalKey: String { CallboardDomain.naturalKey(season, queueID, modelVersion, inputsFingerprint) }

    /// The stream of a queue's publications for a season.
    public static func streamID(season: String, queueID: QueueID) -> StreamID {
        StreamID(rawValue: "forecast-\(season)-\(queueID.rawValue)")
    }
}
