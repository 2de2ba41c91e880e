import EventStore
import Foundation
import Logging
import PostgresNIO

/// When the log began: the recorded time of its first event, read once it exists (the log
/// is append-only, so it never changes after), for the `as_of` check.
actor LogBeginning {
    private let store: EventLog
    private let logger: Logger
    private var known: Date?

    init(store: EventLog, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    /// The first event's recorded time; nil while the log is empty.
    func instant() async throws -> Date? {
        if let known { return known }
        let logger = logger
        // The earliest of the first thousand positions: a transaction that started earlier
        // may have inserted just after one that started later.
        let found = try await store.withConnection("reading when the log began") { connection in
            let rows = try await connection.query("""
                SELECT min(recorded_at) FROM (SELECT recorded_at FROM events ORDER BY position LIMIT 1000) first
                """, logger: logger)
            var first: Date?
            for try await recorded in rows.decode(Date?.self) { first = recorded }
            return first
        }
        known = found
        return found
    }
}
