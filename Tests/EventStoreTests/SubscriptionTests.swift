import EventStore
import Foundation
import PostgresTestSupport
import Testing

@Suite("Catch-up subscriptions")
struct SubscriptionTests {
    /// Subscribes from the start, appends `total` events in a few appends, and returns
    /// the ids the subscriber received, in order.
    static func received(total: Int, store: EventLog, options: EventLog.SubscriptionOptions) async throws -> [UUID] {
        let received = Collector<[UUID]>([])
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await store.subscribe(from: .start, options: options) { batch in
                    received.update { $0 += batch.events.map(\.id) }
                }
            }
            for _ in 0..<(total / 5) {
                try await store.append(to: "live", EventFactory.events(5))
            }
            let deadline = ContinuousClock.now + TestDatabase.heldBackTimeout
            while received.current.count < total, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            group.cancelAll()
        }
        return received.current
    }

    @Test func wakesOnNotificationsAndDeliversInOrder() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var options = EventLog.SubscriptionOptions()
            options.pollInterval = .seconds(60)  // only notifications can wake it in time
            options.batchSize = 7
            let ids = try await Self.received(total: 40, store: store, options: options)
            let stored = try await store.readStream("live").map(\.id)
            #expect(ids == stored)
        }
    }

    @Test func pollingCatchesUpWithoutNotifications() async throws {
        var configuration = EventLog.Configuration()
        configuration.notifiesSubscribers = false
        try await TestDatabase.withEventStore(configuration: configuration) { store, _ in
            var options = EventLog.SubscriptionOptions()
            options.pollInterval = .milliseconds(100)
            let ids = try await Self.received(total: 20, store: store, options: options)
            let stored = try await store.readStream("live").map(\.id)
            #expect(ids == stored)
        }
    }
}
