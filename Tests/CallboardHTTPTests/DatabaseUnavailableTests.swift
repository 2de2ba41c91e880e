@testable import CallboardHTTP
import EventStore
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import PostgresTestSupport
import Testing

/// A database that does not answer within the statement deadline is not the client's
/// fault and not a bug: the API answers 503 with `Retry-After`, in JSON with the request
/// id, and logs the interruption, instead of a 500 or a hung request.
@Suite struct DatabaseUnavailableTests {
    @Test func aDatabaseThatDoesNotAnswerInTimeAnswers503WithRetryAfter() async throws {
        var store = EventLog.Configuration()
        store.deadlines.statement = .seconds(1)
        try await APIHarness.run(store: store) { harness, client in
            let uri = "/v1/accounts/ACME/sla/daily?month=2026-11"
            #expect(try await client.get(uri, token: harness.acme).status == .ok)
            // An administrator holds the read-model table the report needs.
            try await harness.database.withAdministrator { admin in
                try await admin.withConnection { holder in
                    try await holder.query("BEGIN", logger: TestDatabase.logger)
                    try await holder.query(
                        "LOCK TABLE rm_queue_intervals.intervals IN ACCESS EXCLUSIVE MODE", logger: TestDatabase.logger)
                    // Another clock: an answer not rendered yet (the first is kept while its ETag holds).
                    let response = try await client.get(uri + "&tz=UTC", token: harness.acme, headers: [.xRequestID: "trace-503"])
                    try await holder.query("ROLLBACK", logger: TestDatabase.logger)
                    #expect(response.status == .serviceUnavailable)
                    #expect(response.headers[.retryAfter] == "5")
                    #expect(response.object["error"] as? String == "database_unavailable")
                    #expect(response.object["request_id"] as? String == "trace-503")
                    #expect(harness.logs.lines.contains { $0.metadata["request_id"] == "trace-503" })
                }
            }
            // The database answers again: so does the API.
            #expect(try await client.get(uri, token: harness.acme).status == .ok)
        }
    }
}
