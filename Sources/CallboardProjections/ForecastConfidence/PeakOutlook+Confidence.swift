import CallboardDomain
import Projections

/// How far a queue's published season forecast can be trusted, as the peak report shows it.
public struct QueueForecastConfidence: Sendable, Equatable {
    public let confidence: ForecastConfidence
    /// `own history`, or `fallback: ...`.
    public let method: String
}

extension PeakOutlook {
    /// The outlook with the confidence and method of each publication it read (queues whose
    /// revision is not in the read model read as `normal`, `own history`).
    func withConfidence(of publications: [PublishedSeason], season: String, in source: ReadModelSource) async throws -> PeakOutlook {
        let schema = source.schemas.schema(of: ForecastConfidenceProjection())
        let rows = try await source.connection.query("""
            SELECT c.queue_id, c.confidence, c.method
              FROM UNNEST(\(publications.map(\.queueID.rawValue))::text[], \(publications.map(\.revision))::int8[])
                   AS k(queue_id, revision)
              JOIN \(unescaped: schema).publications c ON c.season = \(season) AND c.queue_id = k.queue_id
                   AND c.revision = k.revision
            """, logger: source.logger)
        var outlook = self
        for publication in publications {
            outlook.confidence[publication.queueID] = QueueForecastConfidence(confidence: .normal,
                                                                              method: SeasonForecastPublished.ownHistory)
        }
        for try await (queue, confidence, method) in rows.decode((String, String, String).self) {
            outlook.confidence[QueueID(queue)] = QueueForecastConfidence(
                confidence: ForecastConfidence(rawValue: confidence) ?? .low, method: method)
        }
        return outlook
    }

    /// The read models a peak query reads beside `peak_forecasts` for the confidence.
    static var confidenceReadModels: [any Projection] { [ForecastConfidenceProjection()] }
}
