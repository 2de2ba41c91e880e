import CallboardDomain
import EventStore
import struct EventStore.StreamID
import Foundation

extension WorldLog {
    /// Publishes a season forecast of `queue` with the given intervals (start, P50, P90,
    /// agents to schedule), as the season job would: 80/20 with 180 s handle time and 30%
    /// shrinkage, so 100 contacts in a half hour need 20 agents to schedule.
    func publishForecast(
        _ queue: QueueID, account: AccountID, season: String = "black-friday-2026", revision: Int,
        intervals: [PublishedForecastInterval], target: String = "80/20"
    ) async throws {
        let published = SeasonForecastPublished(
            season: season, queueID: queue, accountID: account, revision: revision, modelVersion: "test-model",
            inputsFingerprint: "fingerprint-\(revision)", timeZone: "America/New_York",
            historyFrom: utc("2026-01-01T00:00:00Z"), historyUntil: utc("2026-10-01T00:00:00Z"), intervalMinutes: 30,
            target: target, averageHandleSeconds: 180, shrinkage: 0.3,
            leadTime: PublishedLeadTime(classroomDays: 10, nestingDays: 10, programID: nil), days: [],
            intervals: intervals, supply: [])
        let event = SeasonForecastEvent.published(published)
        let stored = NewEvent(id: event.eventID, type: event.eventType, schemaVersion: event.schemaVersion,
                              payload: String(decoding: try event.encodedPayload(), as: UTF8.self))
        try await store.append(to: StreamID(SeasonForecastPublished.streamID(season: season, queueID: queue).rawValue), [stored])
    }

    /// Half-hourly forecast intervals from `start`, one per value of `scheduled`.
    static func halfHours(from start: Date, p50: Double = 100, p90: Double = 100, scheduled: [Int]) -> [PublishedForecastInterval] {
        scheduled.enumerated().map { index, agents in
            PublishedForecastInterval(start: start + Double(index) * 1800, p50: p50, p90: p90, scheduledAgents: agents)
        }
    }
}
