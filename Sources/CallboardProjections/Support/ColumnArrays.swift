import Foundation
import Logging
import PostgresNIO
import Projections

/// The rows of one batch bound column by column, one array per column, so that a batch
/// reaches PostgreSQL as a single set-based statement (`... FROM UNNEST($1, $2, ...)`)
/// instead of one round trip per event.
struct ColumnArrays {
    private(set) var bindings = PostgresBindings()

    /// Binds the next column (`$1`, `$2`, ... in the order added).
    mutating func add<Value: PostgresArrayEncodable & PostgresNonThrowingEncodable>(_ column: [Value]) {
        bindings.append(column)
    }

    /// Binds a column of instants, each checked first: an instant outside the years a read
    /// model stores is a thrown ``UnstorableInstant`` (a poison event), never a trap in the
    /// driver's encoding.
    mutating func add(_ column: [Date]) throws {
        bindings.append(try StorableInstant.checked(column))
    }
}

extension PostgresConnection {
    /// Runs `sql` with `columns` bound, unless the batch has no rows (`rowCount` is 0).
    func execute(_ sql: String, _ columns: ColumnArrays, rowCount: Int, logger: Logger) async throws {
        guard rowCount > 0 else { return }
        try await query(PostgresQuery(unsafeSQL: sql, binds: columns.bindings), logger: logger)
    }

    /// Runs statements without parameters (table definitions), one at a time: the
    /// extended protocol takes one statement per query.
    func execute(_ statements: [String], logger: Logger) async throws {
        for sql in statements { try await query(PostgresQuery(unsafeSQL: sql), logger: logger) }
    }
}
