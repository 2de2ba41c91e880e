import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing

/// Issue 11, item 4: PostgresNIO's `listen(on:)` does not resubscribe after its connection
/// drops. A subscriber's listener notices the closed connection at once, listens again on
/// a fresh one, and reads what it missed.
@Suite("Subscription listeners whose connection is lost")
struct ListenerReconnectTests {
    @Test func aTerminatedListenerListensAgainAndTheSubscriberKeepsUp() async throws {
        try await TestDatabase.withEventStore { store, database in
            var options = EventLog.SubscriptionOptions()
            options.pollInterval = .seconds(3600)  // only notifications and reconnects wake it
            options.reconnectDelay = .milliseconds(100)
            let received = Collector<Int>(0)
            let subscriber = Task {
                try await store.subscribe(from: .start, options: options) { batch in
                    received.update { $0 += batch.events.count }
                }
            }
            defer { subscriber.cancel() }
            try await store.append(to: "listened-1", EventFactory.events(3))
            try await TestDeadline.within(TestDeadline.hang, "the first notification") {
                while received.current < 3 { try await Task.sleep(for: .milliseconds(20)) }
            }
            try await database.withAdministrator { admin in
                let pid = try await TestDeadline.within(TestDeadline.hang, "finding the listener") {
                    while true {
                        let rows = try await admin.query("""
                            SELECT pid FROM pg_stat_activity
                             WHERE datname = \(database.name) AND query ILIKE 'LISTEN%' AND state = 'idle'
                            """, logger: TestDatabase.logger)
                        for try await pid in rows.decode(Int32.self) { return pid }
                        try await Task.sleep(for: .milliseconds(20))
                    }
                }
                try await admin.query("SELECT pg_terminate_backend(\(pid))", logger: TestDatabase.logger)
            }
            try await Task.sleep(for: .milliseconds(500))
            try await store.append(to: "listened-1", EventFactory.events(2))
            try await TestDeadline.within(TestDeadline.hang, "delivery after the listener was terminated") {
                while received.current < 5 { try await Task.sleep(for: .milliseconds(20)) }
            }
            #expect(received.current == 5)
        }
    }
}
