import Foundation

extension ReportReader {
    /// The one entry point for every edge (CLI report, HTTP export): the live read models
    /// when `asOf` is nil, otherwise the read models as known at that instant (recorded
    /// time). How the as-of answer is produced is ``asOf(_:_:)``'s business.
    public func read<Query: ReportQuery>(_ query: Query, asOf instant: Date?) async throws -> ReportResult<Query.Output> {
        guard let instant else { return try await live(query) }
        return try await asOf(instant, query)
    }
}
