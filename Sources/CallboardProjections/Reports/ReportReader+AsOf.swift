import EventStore
import Foundation
import PostgresNIO
import Projections

extension ReportReader {
    /// The query as it would have been answered at `instant`: the events of the query's
    /// read models recorded at or before `instant` are replayed, with the projections' own
    /// `createTables` and `apply`, into scratch schemas, and the same query reads those.
    ///
    /// Everything happens in one REPEATABLE READ transaction that is always rolled back,
    /// so the scratch schemas never outlive the report, even if the process dies. The cost
    /// is a replay of every event of the needed types up to `instant` (the interval facts
    /// dominate an SLA report); it does not touch the live read models. Events a read
    /// model cannot apply are left out (and logged), as the live projection quarantines them.
    public func asOf<Query: ReportQuery>(_ instant: Date, _ query: Query) async throws -> ReportResult<Query.Output> {
        let schemas = ReadModelSchemas(prefix: "asof_\(UInt32.random(in: .min ... .max))_")
        // A replay may take minutes: no time limit on the whole, but each statement is
        // bounded by the server's statement_timeout and a lost connection fails at once.
        return try await inTransaction("BEGIN ISOLATION LEVEL REPEATABLE READ", endingWith: "ROLLBACK", within: nil) {
            [self] connection in
            var position = LogCheckpoint.start
            for projection in query.readModels {
                position = max(position, try await replay(projection, until: instant, into: schemas, on: connection))
            }
            let output = try await query.read(from: ReadModelSource(connection: connection, schemas: schemas, logger: logger))
            return ReportResult(output: output, position: position, asOf: instant)
        }
    }

    /// Builds `projection` in a scratch schema from the log up to `instant`; returns the
    /// checkpoint of the last event applied.
    private func replay(
        _ projection: any Projection, until instant: Date, into schemas: ReadModelSchemas,
        on connection: PostgresConnection
    ) async throws -> LogCheckpoint {
        let schema = schemas.schema(of: projection)
        try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(schema)"), logger: logger)
        try await projection.createTables(in: schema, on: connection, logger: logger)
        var checkpoint = LogCheckpoint.start
        while true {
            let batch = try await store.readAll(
                after: checkpoint, recordedAtOrBefore: instant, types: projection.eventTypes, limit: replayBatchSize, on: connection)
            guard let last = batch.last else { return checkpoint }
            // An event the live read model quarantined is left out here as well, not fatal.
            let poisoned = try await projection.applySettingAsidePoison(batch, in: schema, on: connection, logger: logger)
            for item in poisoned {
                logger.warning("as-of replay left out an event the read model cannot apply", metadata: [
                    "projection": "\(projection.name)", "position": "\(item.event.position)",
                    "type": "\(item.event.type)", "reason": "\(item.reason)",
                ])
            }
            checkpoint = last.checkpoint
        }
    }
}
