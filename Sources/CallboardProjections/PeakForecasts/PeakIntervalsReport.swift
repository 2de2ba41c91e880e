import CallboardDomain
import CapacityPlanning
import Foundation
import PostgresNIO
import Projections

/// `report peak --intervals QUEUE`: one queue's published season forecast per interval, P50,
/// P90 and the agents to schedule, from its latest (or a given) revision.
public struct PeakIntervalsReport: ReportQuery {
    /// One interval of the publication.
    public struct Row: Sendable, Equatable {
        public let start: Date
        public let p50: Double
        public let p90: Double
        public let scheduledAgents: Int
    }

    public let season: PeakSeason
    public let queueID: QueueID
    public let revision: Int?

    public init(season: PeakSeason, queueID: QueueID, revision: Int? = nil) {
        self.season = season
        self.queueID = queueID
        self.revision = revision
    }

    public var readModels: [any Projection] { [PeakForecastsProjection()] }

    /// The publication's revision, its queue's timezone and its intervals; throws when the
    /// queue has no publication for the season.
    public func read(from source: ReadModelSource) async throws -> (revision: Int, timeZone: TimeZoneID, rows: [Row]) {
        let schema = source.schemas.peakForecasts
        let chosen = try await source.connection.query("""
            SELECT revision::int8, time_zone FROM \(unescaped: schema).publications
             WHERE season = \(season.id) AND queue_id = \(queueID.rawValue) AND (\(revision)::int8 IS NULL OR revision = \(revision))
             ORDER BY revision DESC LIMIT 1
            """, logger: source.logger)
        var found: (Int, String)?
        for try await row in chosen.decode((Int, String).self) { found = row }
        guard let (number, zone) = found else { throw PeakReportError.notPublished(season: season.id, queue: queueID.rawValue) }
        let rows = try await source.connection.query("""
            SELECT interval_start, p50, p90, scheduled_agents::int8 FROM \(unescaped: schema).intervals
             WHERE season = \(season.id) AND queue_id = \(queueID.rawValue) AND revision = \(number) ORDER BY interval_start
            """, logger: source.logger)
        var intervals: [Row] = []
        for try await (start, p50, p90, agents) in rows.decode((Date, Double, Double, Int).self) {
            intervals.append(Row(start: start, p50: p50, p90: p90, scheduledAgents: agents))
        }
        return (number, TimeZoneID(zone), intervals)
    }
}

/// Why a peak report could not be answered.
public enum PeakReportError: Error, Equatable, CustomStringConvertible {
    case notPublished(season: String, queue: String)

    public var description: String {
        switch self {
        case let .notPublished(season, queue):
            "no forecast of \(queue) is published for \(season) (run `callboard forecast run --season \(season)`)"
        }
    }
}
