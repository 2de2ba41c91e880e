import CallboardDomain
import EventStore
import struct EventStore.StreamID
import Foundation
import Scorecards

/// A history in which every read model changes many times, for as-of tests: agents hired,
/// moved through statuses, transferred and retrained; shifts planned and cancelled;
/// interval figures reported and corrected (some in one bulk transaction, so several
/// events share a recorded time); awards facts and scores; a forecast published twice; a
/// certification revoked. The read models are caught up at a few points along the way
/// (`settle`), so batches split the log at varied places.
enum ChangingHistory {
    /// Writes the history; `settle` catches the read models up.
    static func write(_ store: EventLog, settle: () async throws -> Void) async throws {
        var world = try await AwardWorld(WorldLog(store: store))
        try await Worlds.serviceLevels(&world.log)
        _ = try await world.configureSmallMinimums()
        try await world.log.openSite("SCZ", zone: "America/La_Paz", languages: ["es", "en"])
        try await world.agent("M1")
        try await world.agent("M2")
        try await settle()
        try await world.agent("M3", certified: false, status: .training)
        try await world.log.hire("S1", at: "SCZ", languages: [LanguageSkill("en", .fluent), LanguageSkill("es", .native)])
        for (index, agent) in ["M1", "M2"].enumerated() {
            try await world.log.plan(ShiftID("\(agent)-1102"), agent: AgentID(agent), queues: ["TAB-V", "TAB-C"], on: "2026-11-02",
                                     from: "20:00", to: "23:30", breaks: index == 0 ? [ShiftBreak(start: "21:00", minutes: 30)] : [])
        }
        try await world.log.plan("S1-1102", agent: "S1", queues: ["TAB-V"], on: "2026-11-02", from: "08:00", to: "11:00")
        for half in 0..<4 {
            try await world.log.report("PET-V", at: utc("2026-11-02T14:00:00Z") + Double(half) * 1800, figures(70 + half))
            try await world.log.report("TAB-V", at: utc("2026-11-02T13:00:00Z") + Double(half) * 1800, figures(60 + half))
        }
        try await world.work("M1", at: utc("2026-11-03T01:00:00Z"), contacts: 12)
        try await world.work("M2", at: utc("2026-11-03T01:00:00Z"), contacts: 15)
        try await world.scores("M1", qa: [90, 85], csat: [5, 4])
        try await settle()

        // A bulk import: corrections and new intervals in one transaction, one recorded time.
        try await bulkIntervals(store, [
            ("PET-V", utc("2026-11-02T14:00:00Z"), figures(90)), ("PET-V", utc("2026-11-02T16:00:00Z"), figures(50)),
            ("TAB-V", utc("2026-11-02T13:30:00Z"), figures(95)), ("PET-E", utc("2026-11-02T14:00:00Z"), figures(40)),
        ], known: &world.log)
        try await world.log.agent(.changeStatus(agent: "M3", to: .nesting, effectiveOn: "2026-11-02", reason: "passed"))
        try await world.log.schedule(.cancel(agent: "M2", shift: "M2-1102", reason: "sick"))
        try await world.log.queue(.changeSLA(
            queue: "TAB-V", sla: .answered(percent: 85, withinSeconds: 30, shortAbandonSeconds: 5),
            effectiveFrom: utc("2026-11-02T05:00:00Z")))
        try await world.log.publishForecast("TAB-V", account: "TAB", revision: 1,
                                            intervals: WorldLog.halfHours(from: utc("2026-11-02T13:00:00Z"), scheduled: [3, 4, 5]))
        try await settle()
        try await world.log.report("PET-V", at: utc("2026-11-02T15:00:00Z"), figures(99))
        try await world.log.agent(.transfer(agent: "S1", to: "MNL", effectiveOn: "2026-11-02"))
        try await world.log.agent(.changeLanguages(agent: "M1", languages: [LanguageSkill("en", .native)], effectiveOn: "2026-11-02"))
        try await world.work("M2", at: utc("2026-11-04T01:00:00Z"), contacts: 30)
        try await world.scores("M2", qa: [99, 98], csat: [5, 5])
        try await world.log.publishForecast("TAB-V", account: "TAB", revision: 2,
                                            intervals: WorldLog.halfHours(from: utc("2026-11-02T13:00:00Z"), scheduled: [6, 7, 8]))
        try await world.log.site(.changeSeats(site: "MNL", seats: 120, effectiveOn: "2026-11-02"))
        try await world.log.agent(.changeStatus(agent: "M1", to: .onLeave, effectiveOn: "2026-11-03", reason: "leave"))
        try await world.log.plan("M3-1102", agent: "M3", queues: ["TAB-C"], on: "2026-11-02", from: "21:00", to: "23:00")
    }

    /// 80% within threshold on 100 offered, with `answered` answered within it.
    static func figures(_ answered: Int) -> ContactIntervalFigures {
        ContactIntervalFigures(offered: 100, handled: 100, abandoned: 0, shortAbandoned: 0,
                               answeredWithinThreshold: answered, handleSeconds: 20_000)
    }

    /// Reports (or corrects) intervals in one bulk append: one transaction, one recorded time.
    static func bulkIntervals(
        _ store: EventLog, _ rows: [(QueueID, Date, ContactIntervalFigures)], known log: inout WorldLog
    ) async throws {
        var appends: [StreamAppend] = []
        for (queue, start, figures) in rows {
            let report = ContactIntervalReport(queueID: queue, start: start, length: .thirtyMinutes, figures: figures)
            let stream = ContactIntervals.streamID(for: report)
            let events = try ContactIntervals.decide(report, state: log.ledgers[stream.rawValue], context: ())
            log.ledgers[stream.rawValue] = events.reduce(log.ledgers[stream.rawValue]) { ContactIntervals.evolve($0, $1) }
            let stored = try events.map { event in
                NewEvent(id: event.eventID, type: event.eventType, schemaVersion: event.schemaVersion,
                         payload: String(decoding: try event.encodedPayload(), as: UTF8.self))
            }
            appends.append(StreamAppend(stream: StreamID(stream.rawValue), events: stored))
        }
        try await store.appendBulk(appends)
    }
}
