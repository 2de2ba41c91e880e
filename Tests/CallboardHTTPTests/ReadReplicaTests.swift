import CallboardProjections
@testable import CallboardHTTP
import EventStore
import Foundation
import Hummingbird
import HummingbirdTesting
import PostgresTestSupport
import Testing

/// Exports read a real streaming replica (`pg_basebackup -R`) of the primary: proven by
/// pausing the replica's replay, recording more on the primary, and seeing the export answer
/// without it; read-your-writes (`Callboard-Min-Position`) falls back to the primary; a
/// replica that lags beyond `CALLBOARD_READ_MAX_LAG` or is stopped is skipped and fails
/// `/readyz`, and is used again once restarted.
@Suite(.serialized) struct ReadReplicaTests {
    /// A day of ACME's voice queue (New York) that the world does not hold until `recordMore(day: 5)`.
    static let newDay = "2026-11-05"

    @Test func exportsReadTheReplicaAndReadYourWritesFallsBackToThePrimary() async throws {
        try await ReplicaHarness.run { harness in
            try await harness.serve { replicas, client in
                let before = try await client.get(ReplicaHarness.uri, token: harness.acme)
                #expect(before.status == .ok)
                #expect(!before.text.contains(Self.newDay))
                let ready = try await client.get("/readyz", token: nil)
                #expect(ready.status == .ok, "\(ready.text)")
                #expect(ready.text.contains("\"replicas\""), "\(ready.text)")

                // The replica stops applying the WAL; the primary records a new day.
                try await harness.replica.pauseReplay()
                let newest = try await harness.recordMore(day: 5)
                let primaryPosition = try await harness.primaryPosition()

                // Without a minimum position, the export answers from the replica: without the new day.
                let stale = try await client.get(ReplicaHarness.uri, token: harness.acme)
                #expect(stale.status == .ok)
                #expect(!stale.text.contains(Self.newDay), "the answer came from the primary, not the paused replica")
                #expect(stale.headers[.callboardPosition] != primaryPosition)

                // Read-your-writes: the replica does not reach the position within the wait, so the primary answers.
                for minimum in [String(newest), primaryPosition] {
                    let fresh = try await client.get(
                        ReplicaHarness.uri, token: harness.acme, headers: [MinimumPositionMiddleware.header: minimum])
                    #expect(fresh.status == .ok)
                    #expect(fresh.text.contains(Self.newDay), "Callboard-Min-Position \(minimum) was not honoured")
                }
                // A position the replica already has: a replica may answer (the positions behind ETags and
                // cached answers are the primary's whenever a minimum is asked for, so this may be the
                // answer cached just above).
                let old = try await client.get(ReplicaHarness.uri, token: harness.acme, headers: [MinimumPositionMiddleware.header: "1"])
                #expect(old.status == .ok)
                let bad = try await client.get(ReplicaHarness.uri, token: harness.acme, headers: [MinimumPositionMiddleware.header: "soon"])
                #expect(bad.status == .badRequest)
                #expect(bad.object["error"] as? String == "bad_header")

                // Replay resumes: the replica reaches the position and answers with the new day.
                try await harness.replica.resumeReplay()
                try await harness.waitUntilReplicaCaughtUp()
                let caughtUp = try await client.get(
                    ReplicaHarness.uri, token: harness.acme, headers: [MinimumPositionMiddleware.header: String(newest)])
                #expect(caughtUp.text.contains(Self.newDay))
                #expect(await replicas.health(fresh: true).allSatisfy { $0.isUsable(maximumLagSeconds: 60) })
            }

            // A replica further behind than the bound is skipped, and /readyz says so.
            try await harness.serve({ $0.maximumLagSeconds = 1 }) { _, client in
                #expect(try await client.get("/readyz", token: nil).status == .ok)
                try await harness.replica.pauseReplay()
                try await harness.recordMore(day: 6)
                try await Task.sleep(for: .milliseconds(1500))
                let lagging = try await client.get("/readyz", token: nil)
                #expect(lagging.status == .serviceUnavailable)
                #expect(lagging.text.contains("behind the primary, bound 1"), "\(lagging.text)")
                let answer = try await client.get(ReplicaHarness.uri, token: harness.acme)
                #expect(answer.text.contains("2026-11-06"), "a lagging replica answered")
                try await harness.replica.resumeReplay()
                try await harness.waitUntilReplicaCaughtUp()
                #expect(try await client.get("/readyz", token: nil).status == .ok)
            }
        }
    }

    @Test func aStoppedReplicaIsSkippedAndUsedAgainOnceRestarted() async throws {
        try await ReplicaHarness.run { harness in
            try await harness.serve { _, client in
                try await harness.replica.stop()
                try await harness.recordMore(day: 5)
                // Reads fall back to the primary; /readyz names the replica down.
                let answer = try await client.get(ReplicaHarness.uri, token: harness.acme)
                #expect(answer.status == .ok)
                #expect(answer.text.contains(Self.newDay))
                let down = try await client.get("/readyz", token: nil)
                #expect(down.status == .serviceUnavailable)
                #expect(down.text.contains("down"), "\(down.text)")

                // Restarted, it catches up and is ready again...
                try await harness.replica.start()
                try await harness.waitUntilReplicaCaughtUp()
                var ready = false
                for _ in 0..<120 where !ready {
                    ready = try await client.get("/readyz", token: nil).status == .ok
                    if !ready { try await Task.sleep(for: .milliseconds(500)) }
                }
                #expect(ready, "the restarted replica did not become usable within 60 s")
                // ...and used again: paused, it answers without what the primary records next.
                try await harness.replica.pauseReplay()
                try await harness.recordMore(day: 6)
                let stale = try await client.get(ReplicaHarness.uri, token: harness.acme)
                #expect(stale.text.contains(Self.newDay))
                #expect(!stale.text.contains("2026-11-06"), "the restarted replica was not read")
                try await harness.replica.resumeReplay()
            }
        }
    }

    /// As-of exports read the replica too (issue 16 item 2): over the standing as-of views,
    /// which a hot standby can read; the answer equals the primary's, and the same lag and
    /// read-your-writes rules apply.
    @Test func asOfExportsReadTheReplicaAndAnswerAsThePrimary() async throws {
        try await ReplicaHarness.run { harness in
            try await Task.sleep(for: .milliseconds(50))
            let before = ISO8601DateFormatter.fractional.string(from: Date())
            try await Task.sleep(for: .milliseconds(50))
            try await harness.recordMore(day: 5)
            try await harness.waitUntilReplicaCaughtUp()
            try await harness.serve { _, client in
                let pastURI = ReplicaHarness.uri + "&as_of=\(before)"
                // The primary's answer (a minimum position the replica is not asked for: the primary reads).
                let newest = try await harness.primaryNewest()
                let onPrimary = try await client.get(
                    pastURI, token: harness.acme, headers: [MinimumPositionMiddleware.header: String(newest + 1_000_000)])
                #expect(onPrimary.status == .ok, "\(onPrimary.text)")
                #expect(!onPrimary.text.contains(Self.newDay))

                // The replica stops applying the WAL; the primary records another day.
                try await harness.replica.pauseReplay()
                let newer = try await harness.recordMore(day: 6)
                try await Task.sleep(for: .milliseconds(50))
                let now = ISO8601DateFormatter.fractional.string(from: Date())

                // As of now, the paused replica answers: the fifth day but not the sixth.
                let stale = try await client.get(ReplicaHarness.uri + "&as_of=\(now)", token: harness.acme)
                #expect(stale.status == .ok, "\(stale.text)")
                #expect(stale.text.contains(Self.newDay), "\(stale.text)")
                #expect(!stale.text.contains("2026-11-06"), "the as-of answer came from the primary, not the paused replica")
                // As of the earlier instant, the replica's answer is the primary's.
                let onReplica = try await client.get(pastURI, token: harness.acme)
                #expect(onReplica.status == .ok)
                #expect(AsOfExportTests.data(onReplica.text) == AsOfExportTests.data(onPrimary.text))
                #expect(AsOfExportTests.data(onReplica.text).contains("2026-11-0"), "\(onReplica.text)")
                #expect(onReplica.headers[.callboardPosition] == onPrimary.headers[.callboardPosition])

                // Read-your-writes: a position the paused replica lacks is read on the primary.
                let fresh = try await client.get(
                    ReplicaHarness.uri + "&as_of=\(now)", token: harness.acme, headers: [MinimumPositionMiddleware.header: String(newer)])
                #expect(fresh.text.contains("2026-11-06"), "Callboard-Min-Position was not honoured as of \(now)")
                try await harness.replica.resumeReplay()
            }
        }
    }
}
