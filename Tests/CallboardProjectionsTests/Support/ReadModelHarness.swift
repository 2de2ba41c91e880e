import CallboardProjections
import EventStore
import Foundation
import Logging
import PostgresNIO
import PostgresTestSupport
import Projections
import Testing

/// Runs Callboard's read models in a test database: catches them up, reads reports, and
/// dumps their tables for comparisons.
struct ReadModelHarness {
    let store: EventLog
    let engine: ProjectionEngine
    let reader: ReportReader

    init(store: EventLog, batchSize: Int = 1000) {
        self.store = store
        var engine = ProjectionEngine(store: store, projections: CallboardReadModels.all, logger: TestDatabase.logger)
        engine.batchSize = batchSize
        self.engine = engine
        reader = ReportReader(store: store, logger: TestDatabase.logger)
    }

    /// Catches every read model up with everything committed, waiting while a transaction
    /// open elsewhere on the shared test server holds events back.
    func settle() async throws {
        if try await !engine.settle(within: TestDatabase.heldBackTimeout) { Issue.record("read models did not catch up in time") }
    }

    /// The query against the live read models, after catching them up.
    func live<Query: ReportQuery>(_ query: Query) async throws -> ReportResult<Query.Output> {
        try await settle()
        return try await reader.live(query)
    }

    /// Every row of every table of `projection`'s live schema, as text, table by table.
    func dump(_ projection: any Projection) async throws -> [String: [String]] {
        let schema = projection.liveSchema
        let tables = try await store.client.query(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = \(schema) ORDER BY 1",
            logger: TestDatabase.logger)
        var dump: [String: [String]] = [:]
        for try await table in tables.decode(String.self) {
            let rows = try await store.client.query(
                PostgresQuery(unsafeSQL: "SELECT t::text FROM \(schema).\(table) t ORDER BY 1"), logger: TestDatabase.logger)
            dump[table] = try await rows.decode(String.self).reduce(into: []) { $0.append($1) }
        }
        return dump
    }

    /// The server's clock now, for as-of instants (the log is stamped by the server).
    func serverNow() async throws -> Date {
        let rows = try await store.client.query("SELECT clock_timestamp()", logger: TestDatabase.logger)
        for try await now in rows.decode(Date.self) { return now }
        return Date()
    }
}
