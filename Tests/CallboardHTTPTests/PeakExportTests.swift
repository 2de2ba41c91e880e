import CallboardDomain
import CallboardOperations
import CallboardProjections
import CapacityPlanning
import EventStore
import Foundation
import HummingbirdTesting
import PeakPlanning
import PostgresTestSupport
import Testing

/// The season forecast and its capacity plan as a client sees them: its own queues only,
/// the latest revision unless asked, a named season required.
@Suite struct PeakExportTests {
    @Test func eachAccountSeesItsOwnForecastAndPlan() async throws {
        try await APIHarness.run { harness, client in
            try await Self.publishBlackFriday2026(harness)
            let acme = try await client.get("/v1/accounts/ACME/peak-forecast?season=black-friday-2026", token: harness.acme)
            #expect(acme.status == .ok)
            #expect((acme.object["model_versions"] as? [String])?.joined(separator: ";").hasPrefix("callboard-fallback-1;callboard-volume-") == true)
            // ACME-E (email, two days of history, no email sibling) is forecast too, by the fallback: low confidence.
            let voice = acme.rows.filter { $0["queue_id"] as? String == "ACME-V" }
            let email = acme.rows.filter { $0["queue_id"] as? String == "ACME-E" }
            #expect(voice.count == 42 && email.count == 42 && acme.rows.count == 84)
            #expect(voice.first?["day"] as? String == "2026-11-23" && voice.last?["day"] as? String == "2027-01-03")
            #expect(voice.allSatisfy { ($0["required_agents"] as? Double ?? 0) > 0 && $0["pool_agents"] as? Int == 2 })
            #expect(acme.rows.allSatisfy { ($0["allocated_agents"] as? Double ?? -1) >= 0 && ($0["allocated_agents"] as? Double ?? 3) <= 2 })
            // No past season for ACME-V or its pool: its peak days come from the default retail prior, and the method says so.
            #expect(voice.allSatisfy { $0["confidence"] as? String == "normal"
                && ($0["method"] as? String)?.hasPrefix("own history") == true
                && ($0["method"] as? String)?.contains("default retail prior") == true })
            #expect(email.allSatisfy { $0["confidence"] as? String == "low"
                && ($0["method"] as? String)?.hasPrefix("fallback: 0.3 weeks of own history (below 8); its own mean day") == true })
            #expect(acme.object["today"] is String)
            // The plan as `report peak --plan` makes it, from the day asked for.
            let plan = try await client.get("/v1/accounts/ACME/peak-plan?season=black-friday-2026&today=2026-11-10&format=csv", token: harness.acme)
            #expect(plan.status == .ok && plan.text.hasPrefix(
                "queue_id,kind,site_id,agents,hours,agent_ids,needed_by,latest_start,lands_on,overdue,days,unreachable_days\n"))
            #expect(plan.text.contains(",hire,") && plan.text.contains(",true,"), "on 10 November the hire is overdue")
            let past = try await client.get("/v1/accounts/ACME/peak-forecast?season=black-friday-2026&today=2026-12-01", token: harness.acme)
            let pastVoice = past.rows.filter { $0["queue_id"] as? String == "ACME-V" }
            #expect(pastVoice.first?["timing"] as? String == "past" && pastVoice.first?["feed_gap"] as? Bool == true)
            #expect(pastVoice.first?["forecast_p90"] is NSNull && pastVoice.last?["actual"] is NSNull)
            let badDay = try await client.get("/v1/accounts/ACME/peak-plan?season=black-friday-2026&today=soon", token: harness.acme)
            #expect(badDay.status == .badRequest && badDay.text.contains("today"))
            #expect(!plan.text.contains("BETA"))

            let beta = try await client.get("/v1/accounts/BETA/peak-forecast?season=black-friday-2026", token: harness.beta)
            #expect(beta.rows.count == 42 && beta.rows.allSatisfy { $0["queue_id"] as? String == "BETA-V" })
            let foreign = try await client.get("/v1/accounts/BETA/peak-forecast?season=black-friday-2026", token: harness.acme)
            #expect(foreign.status == .notFound)

            let noSeason = try await client.get("/v1/accounts/ACME/peak-forecast", token: harness.acme)
            #expect(noSeason.status == .badRequest && noSeason.text.contains("season"))
            let unknown = try await client.get("/v1/accounts/ACME/peak-plan?season=easter-2026", token: harness.acme)
            #expect(unknown.status == .badRequest && unknown.text.contains("season"))
            let older = try await client.get("/v1/accounts/ACME/peak-forecast?season=black-friday-2026&revision=2", token: harness.acme)
            #expect(older.status == .ok && older.rows.isEmpty, "no revision 2 was published")
        }
    }

    /// Ten weeks of half-hourly history for the voice queues (40 calls per half hour in the
    /// day, 10 at night), then the scheduler's season forecast job.
    static func publishBlackFriday2026(_ harness: APIHarness) async throws {
        var byStream: [String: [NewEvent]] = [:]
        var start = ExportWorld.utc("2026-08-24T00:00:00Z")
        while start < ExportWorld.utc("2026-11-01T00:00:00Z") {
            let hour = Int(start.timeIntervalSince1970) % 86_400 / 3600
            let offered = (12..<24).contains(hour) ? 40 : 10
            for queue in ["ACME-V", "BETA-V"] {
                let report = ContactIntervalReport(queueID: QueueID(queue), start: start, length: .thirtyMinutes, figures: ContactIntervalFigures(
                    offered: offered, handled: offered, abandoned: 0, shortAbandoned: 0, answeredWithinThreshold: offered,
                    handleSeconds: offered * 300))
                for event in try ContactIntervals.decide(report, state: nil) {
                    byStream[ContactIntervals.streamID(for: report).rawValue, default: []].append(try event.newEvent(metadata: EventMetadata()))
                }
            }
            start += 1800
        }
        _ = try await harness.store.appendBulk(byStream.keys.sorted().map { StreamAppend(stream: StoredStream($0), events: byStream[$0]!) })
        try await harness.settle()
        let job = SeasonForecastJob(
            store: harness.store, season: try PeakSeason.named("black-friday-2026"),
            availability: CertifiedAvailabilityReader(reader: ReportReader(store: harness.store, logger: TestDatabase.logger)),
            logger: TestDatabase.logger)
        _ = try await job.run()
        try await harness.settle()
    }
}
