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
    /// `low` when the forecast fell back on borrowed shapes or levels; `normal` for older events.
    public let confidence: ForecastConfidence
    /// How the forecast was made: `own history`, or `fallback: ...` saying what was borrowed.
    public let method: String
    /// Training days the model kept out (none in older events).
    public let flaggedDays: [PublishedFlaggedDay]
    /// The share (0...1) of the season's peak uplift learned from the queue's own history, the
    /// rest from the pooled estimate of comparable queues; nil with no peak in the horizon
    /// (and in older events).
    public let ownPeakShare: Double?

    public init(season: String, queueID: QueueID, accountID: AccountID, revision: Int, modelVersion: String,
                inputsFingerprint: String, timeZone: TimeZoneID, historyFrom: Date, historyUntil: Date,
                intervalMinutes: Int, target: String, averageHandleSeconds: Double, shrinkage: Double,
                leadTime: PublishedLeadTime, days: [PublishedForecastDay], intervals: [PublishedForecastInterval],
                supply: [PublishedSupply], confidence: ForecastConfidence = .normal, method: String = Self.ownHistory,
                flaggedDays: [PublishedFlaggedDay] = [], ownPeakShare: Double? = nil) {
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
        self.confidence = confidence
        self.method = method
        self.flaggedDays = flaggedDays
        self.ownPeakShare = ownPeakShare
    }

    /// The method of a forecast learned from the queue's own history.
    public static let ownHistory = "own history"

    private enum CodingKeys: String, CodingKey {
        case season, queueID, accountID, revision, modelVersion, inputsFingerprint, timeZone, historyFrom, historyUntil
        case intervalMinutes, target, averageHandleSeconds, shrinkage, leadTime, days, intervals, supply
        case confidence, method, flaggedDays, ownPeakShare
    }

    /// Reads publications of every version: those made before confidence, method and flagged
    /// days were published read as `normal`, `own history` and none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        season = try c.decode(String.self, forKey: .season)
        queueID = try c.decode(QueueID.self, forKey: .queueID)
        accountID = try c.decode(AccountID.self, forKey: .accountID)
        revision = try c.decode(Int.self, forKey: .revision)
        modelVersion = try c.decode(String.self, forKey: .modelVersion)
        inputsFingerprint = try c.decode(String.self, forKey: .inputsFingerprint)
        timeZone = try c.decode(TimeZoneID.self, forKey: .timeZone)
        historyFrom = try c.decode(Date.self, forKey: .historyFrom)
        historyUntil = try c.decode(Date.self, forKey: .historyUntil)
        intervalMinutes = try c.decode(Int.self, forKey: .intervalMinutes)
        target = try c.decode(String.self, forKey: .target)
        averageHandleSeconds = try c.decode(Double.self, forKey: .averageHandleSeconds)
        shrinkage = try c.decode(Double.self, forKey: .shrinkage)
        leadTime = try c.decode(PublishedLeadTime.self, forKey: .leadTime)
        days = try c.decode([PublishedForecastDay].self, forKey: .days)
        intervals = try c.decode([PublishedForecastInterval].self, forKey: .intervals)
        supply = try c.decode([PublishedSupply].self, forKey: .supply)
        confidence = try c.decodeIfPresent(ForecastConfidence.self, forKey: .confidence) ?? .normal
        method = try c.decodeIfPresent(String.self, forKey: .method) ?? Self.ownHistory
        flaggedDays = try c.decodeIfPresent([PublishedFlaggedDay].self, forKey: .flaggedDays) ?? []
        ownPeakShare = try c.decodeIfPresent(Double.self, forKey: .ownPeakShare)
    }

    public var naturalKey: String { CallboardDomain.naturalKey(season, queueID, modelVersion, inputsFingerprint) }

    /// The stream of a queue's publications for a season.
    public static func streamID(season: String, queueID: QueueID) -> StreamID {
        StreamID(rawValue: "forecast-\(season)-\(queueID.rawValue)")
    }
}
