import EventStore
import Logging
import PostgresNIO

extension ProjectionEngine {
    /// The quarantined events of `projection` (every projection when nil) in log order,
    /// at most `limit` of each projection.
    /// Read on one pooled connection under the store's statement deadline.
    public func quarantined(projection: String? = nil, limit: Int = Int(Int32.max)) async throws -> [QuarantinedEvent] {
        let logger = logger
        return try await store.withConnection("reading the quarantined events", attempts: 2) { connection in
            try await Quarantine(logger: logger).list(projection: projection, limit: limit, on: connection)
        }
    }

    /// Tries `projection`'s quarantined events again, in their place in the log: the read
    /// model is rebuilt from the first event and swapped in (``rebuild(_:)``), so an event
    /// that now applies is applied where it belongs, before the events that followed it,
    /// and leaves the quarantine; one that still fails stays, with another attempt counted.
    /// Does nothing when the projection has nothing quarantined. Returns how many events
    /// were quarantined before and after.
    @discardableResult
    public func retryQuarantined(_ projection: any Projection) async throws -> (before: Int, after: Int) {
        let before = try await quarantined(projection: projection.name).count
        guard before > 0 else { return (0, 0) }
        logger.notice("retrying quarantined events by rebuilding the read model", metadata: [
            "projection": "\(projection.name)", "quarantined": "\(before)", "code_version": "\(codeVersion)",
        ])
        try await rebuild(projection)
        let after = try await quarantined(projection: projection.name).count
        logger.notice("retried quarantined events", metadata: [
            "projection": "\(projection.name)", "now_applied": "\(before - after)", "still_quarantined": "\(after)",
        ])
        return (before, after)
    }

    /// Retries `projection`'s quarantined events if another build quarantined any of them
    /// (an upgrade): what a leader does before it follows the log.
    func retryQuarantinedAfterUpgrade(_ projection: any Projection) async throws {
        let stale = try await Quarantine(logger: logger).projectionsTriedByOtherCode(than: codeVersion, on: client)
        guard stale.contains(projection.name) else { return }
        try await retryQuarantined(projection)
    }
}
