import CallboardDomain
import CallboardOperations
import CallboardProjections
@testable import CallboardHTTP
import EventStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PostgresTestSupport
import Projections
import Testing

/// A fresh database with the ``ExportWorld`` recorded, tokens issued, read models caught up,
/// and the export API listening on a loopback port: every test talks real HTTP to it.
struct APIHarness: Sendable {
    let store: EventLog
    let engine: ProjectionEngine
    /// A valid token of ACME and one of BETA.
    let acme: String
    let beta: String
    /// The API under test (its limits, for tests that hold a long export's place).
    let api: ExportAPI
    /// Every line the API logged at notice or above.
    let logs: LogCapture
    /// The fresh database, for tests that act on it as the administrator.
    let database: TestDatabase

    /// Runs `body` against the API; tokens are looked up on every request (no cache).
    static func run(
        store storeConfiguration: EventLog.Configuration = EventLog.Configuration(),
        configure: @Sendable (inout ExportAPIConfiguration) -> Void = { _ in },
        _ body: @Sendable (APIHarness, any TestClientProtocol) async throws -> Void
    ) async throws {
        try await TestDatabase.withEventStore(configuration: storeConfiguration) { store, database in
            // The world is recorded and the read models caught up with the default deadlines: a test
            // that gives the API a short one (a database that does not answer) must not see its set-up
            // fail on a loaded machine.
            let setup = EventLog(client: store.client, logger: TestDatabase.logger)
            try await ExportWorld.record(Importer(store: setup, actor: "test"))
            let issuer = TokenIssuer(store: setup, actor: "test")
            let acme = try await issuer.issue(account: "ACME", label: "acme bi", expiresAt: nil)
            let beta = try await issuer.issue(account: "BETA", label: "beta bi", expiresAt: nil)
            let engine = ProjectionEngine(store: setup, projections: CallboardReadModels.all, logger: TestDatabase.logger)
            if try await !engine.settle(within: TestDatabase.heldBackTimeout) { Issue.record("read models did not catch up in time") }
            var configuration = ExportAPIConfiguration()
            configuration.tokenCacheSeconds = 0
            configuration.positionsMaxAgeSeconds = 0
            configuration.ratePerSecond = 10_000
            configuration.rateBurst = 10_000
            configuration.readinessDatabaseTimeoutSeconds = 60
            configuration.failedAttemptBurst = 0
            // A busy test machine may leave a test's connection quiet for a while.
            configuration.headerTimeoutSeconds = 300
            configuration.idleTimeoutSeconds = 600
            configure(&configuration)
            let logs = LogCapture()
            let logger = Logger(label: "callboard.api.test") { label in
                MultiplexLogHandler([TestDatabase.logger.handler, logs.handler()])
            }
            let api = ExportAPI(store: store, configuration: configuration, logger: logger)
            let harness = APIHarness(
                store: store, engine: engine, acme: acme.description, beta: beta.description, api: api, logs: logs,
                database: database)
            try await api.application().test(.live) { client in try await body(harness, client) }
        }
    }

    /// Catches every read model up with everything committed.
    func settle() async throws {
        if try await !engine.settle(within: TestDatabase.heldBackTimeout) { Issue.record("read models did not catch up in time") }
    }
}

extension TestClientProtocol {
    /// GET `uri` with `token` as bearer (none when nil) and extra headers.
    func get(_ uri: String, token: String?, headers extra: HTTPFields = [:], method: HTTPRequest.Method = .get) async throws -> TestResponse {
        var headers = extra
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await execute(uri: uri, method: method, headers: headers)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The JSON body as an object.
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }

    /// The `data` rows of a JSON export.
    var rows: [[String: Any]] { object["data"] as? [[String: Any]] ?? [] }
}
