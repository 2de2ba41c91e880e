import Foundation
import Logging
import PostgresNIO

/// Maintenance of the event log's monthly partitions (migration 0030): list them, make
/// months ahead, and move old months to another tablespace, where they stay in the log.
///
/// It exists apart from ``EventLog`` because it is the operator's work, done with the
/// migrating (owner) role by `callboard db migrate` and `callboard db partitions`, not the
/// application's. Making months ahead is also allowed to the application role.
public struct LogPartitions: Sendable {
    /// How many months after the current one `db migrate` keeps ready.
    public static let defaultMonthsAhead = 3

    public let client: PostgresClient
    let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    /// Whether the database's log is partitioned (migration 0030 applied).
    public func arePartitioned() async throws -> Bool {
        let rows = try await client.query(
            "SELECT to_regprocedure('events_ensure_partitions(integer)') IS NOT NULL", logger: logger)
        for try await partitioned in rows.decode(Bool.self) { return partitioned }
        return false
    }

    /// Every partition, oldest month first, the default one last.
    public func list() async throws -> [LogPartition] {
        let rows = try await client.query("""
            SELECT partition, range_start, range_end, tablespace, estimated_rows, total_bytes FROM events_partitions()
            """, logger: logger)
        var partitions: [LogPartition] = []
        for try await (name, start, end, tablespace, rowsEstimate, bytes) in rows.decode(
            (String, Date?, Date?, String?, Int64, Int64).self
        ) {
            var range: Range<Date>?
            if let start, let end, start < end { range = start..<end }
            partitions.append(LogPartition(
                name: name, range: range, tablespace: tablespace, estimatedRows: rowsEstimate, totalBytes: bytes))
        }
        return partitions
    }

    /// Makes the partitions of the current month and `monthsAhead` months after it, and of
    /// every month with events in the default partition (which move into it, in one
    /// transaction); returns the partitions made.
    @discardableResult
    public func ensure(monthsAhead: Int) async throws -> [String] {
        let rows = try await client.query(
            "SELECT partition FROM events_ensure_partitions(\(Int32(clamping: monthsAhead)))", logger: logger)
        var made: [String] = []
        for try await name in rows.decode(String.self) { made.append(name) }
        return made
    }

    /// Moves a partition, its table and its indexes, to `tablespace` (which must exist and
    /// be usable by the log's owner). Its events stay in the log; the partition is locked
    /// while it is copied, so readers of the whole log wait that long.
    public func move(_ partition: String, to tablespace: String) async throws {
        try await client.query("SELECT events_move_partition(\(partition), \(tablespace))", logger: logger)
    }

    /// Moves every month partition that ends on or before `instant` and is not on
    /// `tablespace` yet; returns those moved, oldest first.
    @discardableResult
    public func moveMonths(endingBy instant: Date, to tablespace: String) async throws -> [String] {
        var moved: [String] = []
        for partition in try await list() {
            guard let range = partition.range, range.upperBound <= instant, partition.tablespace != tablespace else { continue }
            try await move(partition.name, to: tablespace)
            moved.append(partition.name)
        }
        return moved
    }
}
