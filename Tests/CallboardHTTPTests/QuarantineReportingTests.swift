@testable import CallboardHTTP
import CallboardDomain
import EventStore
import Foundation
import HummingbirdTesting
import PostgresTestSupport
import Testing

/// `/readyz` and `/metrics` say when a read model quarantined an event, and the server keeps
/// serving (before, a token issued with an absurd expiry took `serve` down at start-up).
@Suite struct QuarantineReportingTests {
    @Test func readinessAndMetricsCountTheQuarantinedEvents() async throws {
        try await APIHarness.run { harness, client in
            let expiry = EventJSON.format(Date(timeIntervalSince1970: 1_796_000_000 + 99_999_999_999 * 86_400))
            let payload = """
                {"accountID":"ACME","expiresAt":"\(expiry)","issuedAt":"2026-11-01T00:00:00Z","label":"typo",\
                "secretSHA256":"\(String(repeating: "ab", count: 32))","tokenID":"typo00000001"}
                """
            try await harness.store.append(
                to: "apitoken-typo00000001", [NewEvent(type: ApiTokenIssued.eventType, payload: payload)])
            try await harness.settle()

            let ready = try await client.get("/readyz", token: nil)
            #expect(ready.status == .ok && ready.object["status"] as? String == "ready")
            #expect(ready.object["quarantined_events"] as? Int == 1)
            let metrics = try await client.get("/metrics", token: nil)
            #expect(metrics.text.contains(#"callboard_projection_quarantined_events{projection="api_tokens"} 1"#))
            #expect(metrics.text.contains(#"callboard_projection_quarantined_events{projection="queue_intervals"} 0"#))
            #expect(metrics.text.contains("callboard_log_held_back_events "))
            // The other tokens still open their accounts.
            #expect(try await client.get("/v1/accounts/ACME", token: harness.acme).status == .ok)
        }
    }

    @Test func aHeldBackLogIsNamedForReadinessAndMetrics() {
        let hold = LogHold(pid: 4242, applicationName: "psql \"analyst\"", database: "reporting", user: "ana",
                           state: "idle in transaction", ageSeconds: 312.5, waitingEvents: 12)
        let report = LogHoldReport(hold: hold)
        #expect(report.jsonField == #""held_back":{"events":12,"pid":4242,"application":"psql \"analyst\"","database":"reporting","user":"ana","state":"idle in transaction","transaction_age_seconds":312}"#)
        #expect(report.metricsText.contains("callboard_log_held_back_events 12\n"))
        #expect(report.metricsText.contains(
            #"callboard_log_oldest_transaction_age_seconds{pid="4242",application="psql \"analyst\"",database="reporting"} 312.5"#))
        #expect(LogHoldReport(hold: nil).jsonField == nil)
        #expect(LogHoldReport(hold: nil).metricsText.contains("callboard_log_held_back_events 0\n"))
    }
}
