import CallboardDomain
import CallboardProjections
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing

@Suite("Client accounts and queues")
struct ClientAccountsTests {
    @Test func keepEachQueuesHoursAndItsSLATimeline() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await Worlds.followTheSun(&world)
            try await Worlds.serviceLevels(&world)
            try await world.queue(.close(queue: "TAB-ES", closedOn: "2026-12-31", reason: "contract change"))
            try await ReadModelHarness(store: store, batchSize: 2).settle()

            let queues = try await store.client.query("""
                SELECT queue_id, account_id, language, time_zone, hours_text, coalesce(closed_on::text, '')
                  FROM rm_client_accounts.queues ORDER BY queue_id
                """, logger: TestDatabase.logger)
            var rows: [String] = []
            for try await (queue, account, language, zone, hours, closed) in queues.decode(
                (String, String, String, String, String, String).self
            ) { rows.append([queue, account, language, zone, hours, closed].joined(separator: " ")) }
            #expect(rows == [
                "PET-E PET en America/New_York 24/7 ", "PET-V PET en America/New_York 24/7 ",
                "TAB-EN TAB en America/New_York 24/7 ", "TAB-ES TAB es America/New_York sun 08:00-12:00 2026-12-31",
            ])

            let timeline = try await store.client.query("""
                SELECT effective_from, description FROM rm_client_accounts.queue_slas WHERE queue_id = 'PET-V'
                 ORDER BY effective_from
                """, logger: TestDatabase.logger)
            var entries: [String] = []
            for try await (from, description) in timeline.decode((Date, String).self) {
                entries.append("\(EventJSON.format(from)) \(description)")
            }
            #expect(entries == [
                "2026-01-01T05:00:00Z 80% answered within 20 s (abandons under 5 s excluded)",
                "2026-11-16T05:00:00Z 90% answered within 20 s (abandons under 5 s excluded)",
            ])
        }
    }
}
