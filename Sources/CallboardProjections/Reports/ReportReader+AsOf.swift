import EventStore
import Foundation
import PostgresNIO
import Projections

extension ReportReader {
    /// The query as it would have been answered at `instant` (recorded time: "as known
    /// at"), as a plain query over views named like the read models' live tables that show
    /// the rows known at `instant`, read from each read model's history
    /// (``ReadModelHistory``: why bitemporal rows rather than snapshots is told there); the
    /// query's own SQL reads those views. The cost is that of the live query over the
    /// history's indexes, whatever the length of the log or the instant.
    ///
    /// The views are the standing ones (``ReadModelHistory/standingSchema(of:)``, schema/0040),
    /// which read the instant from a transaction setting, so the read creates nothing and
    /// goes to a read replica like a live one (same lag bound, same
    /// ``ReportReader/minimumPosition``), in a REPEATABLE READ transaction. When a
    /// replica's read models have not reached `instant` yet, the primary answers. When the
    /// standing views are missing or out of shape (a rebuild dropped them), the primary remakes
    /// them; if it cannot, it answers with scratch views created in a transaction that is
    /// rolled back (``scratchAsOf(_:_:)``). A read model whose history does not reach
    /// `instant` (not installed, or behind the log) is replayed there instead, as
    /// ``replayedAsOf(_:_:)`` does: slower, never wrong.
    ///
    /// - Throws: ``ReportError/beforeTheLog(_:firstRecorded:)`` when nothing had been
    ///   recorded by `instant`.
    public func asOf<Query: ReportQuery>(_ instant: Date, _ query: Query) async throws -> ReportResult<Query.Output> {
        var routes: [ReadRoute] = [.replicaReaching(query.readModels)]
        if let replicas, !replicas.replicas.isEmpty { routes.append(.primary) }
        var misfits: [any Projection] = []
        for route in routes {
            do {
                return try await standingAsOf(instant, query, on: route)
            } catch let unavailable as StandingViewsUnavailable {
                misfits = unavailable.misfits
            }
        }
        if !misfits.isEmpty {
            do {
                try await remakeStandingViews(of: misfits)
                return try await standingAsOf(instant, query, on: .primary)
            } catch is StandingViewsUnavailable {
                // The primary's history does not reach the instant: the scratch path replays.
            } catch where !(error is ReportError) {
                logger.warning("as-of report: could not remake the standing as-of views; using scratch views", metadata: [
                    "error": "\(error)",
                ])
            }
        }
        return try await scratchAsOf(instant, query)
    }

    /// The query over the standing views, on `route`; throws ``StandingViewsUnavailable``
    /// when a read model's history there does not reach `instant` or its views do not fit.
    private func standingAsOf<Query: ReportQuery>(
        _ instant: Date, _ query: Query, on route: ReadRoute
    ) async throws -> ReportResult<Query.Output> {
        let schemas = ReadModelSchemas.standingAsOf
        return try await inTransaction(
            "BEGIN ISOLATION LEVEL REPEATABLE READ", endingWith: "ROLLBACK", within: nil, on: route
        ) { [self] connection in
            try await requireLogBegun(by: instant, on: connection)
            var unavailable = StandingViewsUnavailable()
            var position = LogCheckpoint.start
            for projection in query.readModels {
                if !(try await ReadModelHistory.standingViewsFit(of: projection, on: connection, logger: logger)) {
                    unavailable.misfits.append(projection)
                } else if !(try await ReadModelHistory.covers(projection, instant: instant, on: connection, logger: logger)) {
                    unavailable.uncovered.append(projection.name)
                } else {
                    position = max(position, try await ReadModelHistory.reached(by: projection, asOf: instant, on: connection, logger: logger))
                }
            }
            guard unavailable.misfits.isEmpty, unavailable.uncovered.isEmpty else { throw unavailable }
            try await ReadModelHistory.setInstant(instant, on: connection, logger: logger)
            let output = try await query.read(from: ReadModelSource(connection: connection, schemas: schemas, logger: logger))
            return ReportResult(output: output, position: position, asOf: instant)
        }
    }

    /// Remakes the standing views of `projections` on the primary, one read model at a time
    /// under its apply lock (so no rebuild swaps it meanwhile), checking again under the lock.
    private func remakeStandingViews(of projections: [any Projection]) async throws {
        for projection in projections {
            try await store.withConnection("remaking the standing as-of views of \(projection.name)") { [logger] connection in
                if try await ReadModelHistory.remakeStandingViewsIfUnfit(of: projection, on: connection, logger: logger) {
                    logger.notice("as-of report: remade the standing as-of views", metadata: ["projection": "\(projection.name)"])
                }
            }
        }
    }

    /// The query as of `instant` over scratch views (or replays) created in one REPEATABLE READ
    /// transaction on the primary that is always rolled back, so they never outlive the
    /// report: the way when the standing views cannot serve.
    public func scratchAsOf<Query: ReportQuery>(_ instant: Date, _ query: Query) async throws -> ReportResult<Query.Output> {
        let schemas = ReadModelSchemas(prefix: "asof_\(UInt32.random(in: .min ... .max))_")
        // Without a replay this is a few catalog statements and the query; a replay may take
        // minutes: no time limit on the whole, but each statement is bounded by the server's
        // statement_timeout and a lost connection fails at once.
        return try await inTransaction("BEGIN ISOLATION LEVEL REPEATABLE READ", endingWith: "ROLLBACK", within: nil) {
            [self] connection in
            try await requireLogBegun(by: instant, on: connection)
            var position = LogCheckpoint.start
            for projection in query.readModels {
                let reached: LogCheckpoint
                if try await ReadModelHistory.covers(projection, instant: instant, on: connection, logger: logger) {
                    reached = try await ReadModelHistory.createViews(
                        of: projection, asOf: instant, in: schemas.schema(of: projection), on: connection, logger: logger)
                } else {
                    logger.notice("as-of report: the read model's history does not reach the instant; replaying it", metadata: [
                        "projection": "\(projection.name)", "as_of": "\(instant)",
                    ])
                    reached = try await replay(projection, until: instant, into: schemas, on: connection)
                }
                position = max(position, reached)
            }
            let output = try await query.read(from: ReadModelSource(connection: connection, schemas: schemas, logger: logger))
            return ReportResult(output: output, position: position, asOf: instant)
        }
    }

    /// The query as of `instant` by replaying, with the projections' own `createTables` and
    /// `apply`, every event of the query's read models recorded at or before `instant` into
    /// scratch schemas, in a transaction that is rolled back. Its cost grows with the log:
    /// it is kept as the reference the fast ``asOf(_:_:)`` is tested against, and as its
    /// fallback for a read model without history.
    public func replayedAsOf<Query: ReportQuery>(_ instant: Date, _ query: Query) async throws -> ReportResult<Query.Output> {
        let schemas = ReadModelSchemas(prefix: "replay_\(UInt32.random(in: .min ... .max))_")
        return try await inTransaction("BEGIN ISOLATION LEVEL REPEATABLE READ", endingWith: "ROLLBACK", within: nil) {
            [self] connection in
            try await requireLogBegun(by: instant, on: connection)
            var position = LogCheckpoint.start
            for projection in query.readModels {
                position = max(position, try await replay(projection, until: instant, into: schemas, on: connection))
            }
            let output = try await query.read(from: ReadModelSource(connection: connection, schemas: schemas, logger: logger))
            return ReportResult(output: output, position: position, asOf: instant)
        }
    }

    /// Fails when nothing had been recorded by `instant`: asking what was known before the
    /// log began is a mistake to name, not a report of unknown sites and accounts.
    private func requireLogBegun(by instant: Date, on connection: PostgresConnection) async throws {
        let rows = try await connection.query(
            "SELECT recorded_at FROM events ORDER BY transaction_id, position LIMIT 1", logger: logger)
        var first: Date?
        for try await recorded in rows.decode(Date.self) { first = recorded }
        guard let first, first <= instant else { throw ReportError.beforeTheLog(instant, firstRecorded: first) }
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
