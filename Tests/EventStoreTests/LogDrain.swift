import EventStore
import Foundation
import PostgresTestSupport

extension EventLog {
    /// Everything after `checkpoint`, read until no committed event is held back.
    ///
    /// Tests share one server, and a transaction open in another test's database holds
    /// back every reader of the log (transaction ids are server-wide), so a test that
    /// wants "all committed events" waits for them rather than reading once.
    func drain(after checkpoint: LogCheckpoint = .start, within timeout: Duration = TestDatabase.heldBackTimeout) async throws -> [RecordedEvent] {
        var events: [RecordedEvent] = []
        var position = checkpoint
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let batch = try await readAll(after: position, limit: 1000)
            events += batch
            position = batch.last?.checkpoint ?? position
            if batch.isEmpty {
                guard try await hasPendingEvents(after: position) else { return events }
                try await Task.sleep(for: .milliseconds(10))
            }
        }
        return events
    }

    /// The head of the log once no committed event is held back (tried for up to 20 s, as
    /// ``drain(after:within:)`` waits for the same reason).
    func settledHead() async throws -> LogCheckpoint {
        var head = LogCheckpoint.start
        for _ in 0..<400 where try await hasPendingEvents(after: head) {
            head = try await headCheckpoint()
            try await Task.sleep(for: .milliseconds(50))
        }
        return head
    }
}
