import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Testing

/// On a hot standby, a snapshot lists the primary's running transactions in its subxip, not
/// its xip, and pg_stat_activity shows none of the primary's sessions: the log's read horizon
/// (`log_read_horizon()`, schema/0032) must fall back to the snapshot's xmin there, or a
/// reader of a replica would pass events a transaction still running on the primary
/// commits later.
@Suite("The read horizon on a hot standby")
struct StandbyHorizonTests {
    static let logger = TestDatabase.logger

    @Test func aTransactionRunningOnThePrimaryHoldsBackReadersOfTheStandby() async throws {
        try await ThrowawayCluster.with { primary in
            try await PostgresClient.withRunningClient(primary.applicationURL, logger: Self.logger, maximumConnections: 4) { client in
                let store = EventLog(client: client, logger: Self.logger)
                try await store.append(to: StreamID("s-1"), [NewEvent(type: "Counted", payload: "{}")])
                try await StreamingReplica.with(of: primary) { replica in
                    try await PostgresClient.withRunningClient(replica.applicationURL, logger: Self.logger, maximumConnections: 2) {
                        replicaClient in
                        let onReplica = EventLog(client: replicaClient, logger: Self.logger)
                        let deadline = ContinuousClock.now + .seconds(120)
                        var first = try await onReplica.readAll(after: .start)
                        while first.isEmpty, ContinuousClock.now < deadline {
                            try await Task.sleep(for: .milliseconds(100))
                            first = try await onReplica.readAll(after: .start)
                        }
                        #expect(first.count == 1)

                        try await client.withConnection { held in
                            // A transaction id of this database, taken before the next append
                            // commits; it writes nothing (no WAL) until it ends.
                            try await held.query("BEGIN", logger: Self.logger)
                            try await held.query("SELECT pg_current_xact_id()", logger: Self.logger)
                            let later = try await store.append(to: StreamID("s-2"), [NewEvent(type: "Counted", payload: "{}")])
                            let laterPosition = later.lastPosition
                            while try await replica.newestPosition() < laterPosition, ContinuousClock.now < deadline {
                                try await Task.sleep(for: .milliseconds(100))
                            }
                            #expect(try await replica.newestPosition() >= laterPosition)

                            // Replayed, committed, and still held back on the standby.
                            #expect(try await onReplica.readAll(after: .start).count == 1)
                            #expect(try await onReplica.headCheckpoint() == first.last?.checkpoint)
                            #expect(try await store.readAll(after: .start).count == 1)
                            try await held.query("ROLLBACK", logger: Self.logger)
                        }
                        var all = try await onReplica.readAll(after: .start)
                        while all.count < 2, ContinuousClock.now < deadline {
                            try await Task.sleep(for: .milliseconds(100))
                            all = try await onReplica.readAll(after: .start)
                        }
                        #expect(all.count == 2)
                    }
                }
            }
        }
    }
}
