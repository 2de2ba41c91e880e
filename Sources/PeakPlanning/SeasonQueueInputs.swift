import CallboardDomain
import CallboardProjections
import CapacityPlanning
import Foundation

/// Everything one queue's publication is computed from, in canonical order: two runs with
/// equal inputs give equal fingerprints, and any new interval, correction, SLA change, supply
/// change or program change gives another.
struct SeasonQueueInputs: Encodable {
    let season: PeakSeason
    let modelVersion: String
    let queueID: String
    let channel: String
    let language: String
    let market: String?
    let timeZone: String
    let sla: ServiceLevelAgreement?
    let historyStart: Date?
    let intervalMinutes: Int
    let offered: [Double]
    let averageHandleSeconds: Double?
    let leadTime: TrainingLeadTime
    let supply: [CertifiedAvailability]
    /// Closures, confirmed days and campaigns, in canonical order.
    let known: KnownDaysInputs
    /// The fallback's threshold, and the siblings' histories a fallback forecast borrows from.
    let minimumHistoryWeeks: Int
    let siblings: [SiblingInputs]

    /// What a fallback forecast takes from a sibling: its history and handle time.
    struct SiblingInputs: Encodable {
        let queueID: String
        let historyStart: Date?
        let intervalMinutes: Int
        let offered: [Double]
        let averageHandleSeconds: Double?
    }

    init(season: PeakSeason, modelVersion: String, queue: PlanningQueue, leadTime: TrainingLeadTime,
         supply: [CertifiedAvailability], minimumHistoryWeeks: Int = 8, siblings: [PlanningQueue] = []) {
        self.season = season
        self.modelVersion = modelVersion
        queueID = queue.queueID.rawValue
        channel = queue.channel.rawValue
        language = queue.language.rawValue
        market = queue.market?.rawValue
        timeZone = queue.timeZone.rawValue
        sla = queue.sla
        historyStart = queue.historyStart
        intervalMinutes = queue.intervalMinutes
        offered = queue.offered
        averageHandleSeconds = queue.averageHandleSeconds
        self.leadTime = leadTime
        self.supply = supply.sorted { ($0.day, $0.siteID) < ($1.day, $1.siteID) }
        known = KnownDaysInputs(queue.known)
        self.minimumHistoryWeeks = minimumHistoryWeeks
        // A queue forecast from its own history does not depend on its siblings.
        let usesSiblings = queue.historyWeeks < Double(minimumHistoryWeeks) || queue.averageHandleSeconds == nil
        self.siblings = usesSiblings ? siblings.map { sibling in
            SiblingInputs(queueID: sibling.queueID.rawValue, historyStart: sibling.historyStart,
                          intervalMinutes: sibling.intervalMinutes, offered: sibling.offered,
                          averageHandleSeconds: sibling.averageHandleSeconds)
        } : []
    }

    /// A name-based UUID of the inputs in canonical JSON (sorted keys).
    var fingerprint: String {
        let json = (try? EventJSON.makeEncoder().encode(self)).map { String(decoding: $0, as: UTF8.self) }
            ?? String(describing: self)
        return DeterministicEventID.make(namespace: "SeasonForecastInputs", naturalKey: json).uuidString.lowercased()
    }
}
