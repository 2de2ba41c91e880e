import CallboardDomain
import DomainEventCoding
import EventStore
import Foundation

/// An account's own facts in the log: its contract (`account-<id>`), its queues
/// (`queue-<id>`) and their interval reports (`intervals-<queue>-<yyyy-mm>`). Schedules,
/// agents and sites are the BPO's own and shared between clients: never among them.
public enum AccountFacts {
    /// Up to `limit` of the account's events after `checkpoint`, in log order.
    public static func page(
        of profile: AccountProfile, after checkpoint: LogCheckpoint, limit: Int, store: EventLog
    ) async throws -> [RecordedEvent] {
        try await store.readStreams(try await streams(of: profile, in: store), after: checkpoint, limit: limit)
    }

    /// The account's streams that exist now.
    static func streams(of profile: AccountProfile, in store: EventLog) async throws -> [EventStore.StreamID] {
        let queueIDs = profile.queues.map(\.queueID)
        let intervalPrefixes = queueIDs.map { "intervals-\($0)-" }
        // Another queue's id may extend this one's (`Q` and `Q-X`); the month suffix is
        // exactly 7 characters, which tells `intervals-Q-2026-01` from `intervals-Q-X-2026-01`.
        let intervals = try await store.streamIDs(startingWithAnyOf: intervalPrefixes).filter { stream in
            intervalPrefixes.contains { stream.rawValue.hasPrefix($0) && stream.rawValue.count == $0.count + 7 }
        }
        let entities = [CallboardDomain.StreamID.account(profile.accountID)] + queueIDs.map(CallboardDomain.StreamID.queue)
        return entities.map { $0.stored } + intervals
    }
}
