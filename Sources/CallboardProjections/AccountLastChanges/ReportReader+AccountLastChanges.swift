import EventStore
import PostgresNIO
import Projections

extension ReportReader {
    /// Every account's last change (``AccountLastChangesProjection``), by account id, with the
    /// shared facts' under ``AccountLastChangesProjection/sharedScope``: what the export API
    /// tags a client's answers with.
    public func accountLastChanges() async throws -> [String: LogCheckpoint] {
        let logger = logger
        let schema = AccountLastChangesProjection().liveSchema
        return try await onReadConnection("reading the accounts' last changes", within: store.configuration.deadlines.statement, route: .replica) { connection, _ in
            let rows = try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT scope, transaction_id::text, position FROM \(schema).last_changes"), logger: logger)
            var found: [String: LogCheckpoint] = [:]
            for try await (scope, transaction, position) in rows.decode((String, String, Int64).self) {
                found[scope] = LogCheckpoint(transactionText: transaction, position: position)
            }
            return found
        }
    }
}
