import CallboardOperations
import CallboardProjections
@testable import CallboardHTTP
import EventStore
import Hummingbird
import HummingbirdTesting
import Logging
import PostgresNIO
import PostgresTestSupport
import Projections
import Testing

/// A database that does not answer within the statement deadline is not the client's
/// fault and not a bug: the API answers 503 with `Retry-After`, in JSON with the request
/// id, and logs the interruption, instead of a 500 or a hung request.
@Suite struct DatabaseUnavailableTests {
    @Test func aDatabaseThatDoesNotAnswerInTimeAnswers503WithRetryAfter() async throws {
        var configuration = EventStore.Configuration()
        configuration.deadlines.statement = .seconds(1)
        try await TestDatabase.withEventStore(configuration: configuration) { store, database in
            try await ExportWorld.record(Importer(store: store, actor: "test"))
            let issuer = TokenIssuer(store: store, actor: "test")
            let acme = try await issuer.issue(account: "ACME", label: "acme bi", expiresAt: nil)
            let engine = ProjectionEngine(store: store, projections: CallboardReadModels.all, logger: TestDatabase.logger)
            if try await !engine.settle(within: TestDatabase.heldBackTimeout) { Issue.record("read models did not catch up in time") }
            var settings = ExportAPIConfiguration()
            settings.tokenCacheSeconds = 0
            settings.positionsMaxAgeSeconds = 0
            settings.failedAttemptBurst = 0
            let logs = LogCapture()
            let logger = Logger(label: "callboard.api.test") { _ in MultiplexLogHandler([TestDatabase.logger.handler, logs.handler()]) }
            let api = ExportAPI(store: store, configuration: settings, logger: logger)
            try await api.application().test(.live) { client in
                let uri = "/v1/accounts/ACME/sla/daily?month=2026-11"
                #expect(try await client.get(uri, token: acme.description).status == .ok)
                // An administrator holds every read-model table the report needs.
                try await database.withAdministrator { admin in
                    try await admin.withConnection { holder in
                        try await holder.query("BEGIN", logger: TestDatabase.logger)
                        try await holder.query(
                            "LOCK TABLE rm_queue_intervals.intervals IN ACCESS EXCLUSIVE MODE", logger: TestDatabase.logger)
                        let response = try await client.get(uri, token: acme.description, headers: [.xRequestID: "trace-503"])
                        try await holder.query("ROLLBACK", logger: TestDatabase.logger)
                        #expect(response.status == .serviceUnavailable)
                        #expect(response.headers[.retryAfter] == "5")
                        #expect(response.object["error"] as? String == "database_unavailable")
                        #expect(response.object["request_id"] as? String == "trace-503")
                        #expect(logs.lines.contains { $0.metadata["request_id"] == "trace-503" })
                    }
                }
                // The database answers again: so does the API.
                #expect(try await client.get(uri, token: acme.description).status == .ok)
            }
        }
    }
}
