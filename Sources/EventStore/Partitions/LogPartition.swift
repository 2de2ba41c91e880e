import Foundation

/// One partition of the event log (migration 0030): the events recorded in one calendar
/// month (UTC), or the default partition that catches any month without its own, so an
/// append never fails for want of a partition.
///
/// It exists so that maintenance can see where the log lives: which months exist ahead,
/// which sit on a cheaper tablespace, and whether anything reached the default partition.
public struct LogPartition: Sendable, Hashable {
    /// The table's name: `events_YYYY_MM`, or `events_default`.
    public let name: String
    /// The month's range, start included, end excluded; nil for the default partition.
    public let range: Range<Date>?
    /// The tablespace it is stored in; nil for the database's default.
    public let tablespace: String?
    /// PostgreSQL's estimate of its rows (from the last ANALYZE or VACUUM; -1 never counted).
    public let estimatedRows: Int64
    /// Its size on disk with its indexes and TOAST.
    public let totalBytes: Int64

    public init(name: String, range: Range<Date>?, tablespace: String?, estimatedRows: Int64, totalBytes: Int64) {
        self.name = name
        self.range = range
        self.tablespace = tablespace
        self.estimatedRows = estimatedRows
        self.totalBytes = totalBytes
    }

    public var isDefault: Bool { range == nil }
}
