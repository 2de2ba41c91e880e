import Foundation
import Metrics
import Projections

/// What `/readyz` checks: the database answers within two seconds, and every read model's
/// oldest unapplied event is younger than the configured bound. Each failure is a reason.
struct ReadinessCheck: Sendable {
    let services: ExportServices

    static let databaseTimeout: Duration = .seconds(2)

    /// The reasons the API is not ready; empty when it is.
    func problems() async -> [String] {
        let engine = services.engine
        let statuses: [ProjectionStatus]
        do {
            statuses = try await withThrowingTaskGroup(of: [ProjectionStatus]?.self) { group in
                group.addTask { try await engine.status() }
                group.addTask {
                    try await Task.sleep(for: Self.databaseTimeout)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let statuses = first else { throw CancellationError() }
                return statuses
            }
        } catch {
            return ["database: not reachable within \(Self.databaseTimeout)"]
        }
        let bound = services.configuration.readinessLagSeconds
        return statuses.compactMap { status in
            if status.updatedAt == nil { return "projection \(status.name): not installed" }
            guard status.lagSeconds > bound else { return nil }
            return "projection \(status.name): \(Int(status.lagSeconds)) s behind (\(status.eventsBehind) events), bound \(Int(bound)) s"
        }
    }

    /// Publishes each read model's lag as gauges, for `/metrics`.
    func recordLag(_ statuses: [ProjectionStatus]) {
        for status in statuses {
            Gauge(label: "callboard_projection_lag_seconds", dimensions: [("projection", status.name)], factory: services.metrics)
                .record(status.lagSeconds)
            Gauge(label: "callboard_projection_events_behind", dimensions: [("projection", status.name)], factory: services.metrics)
                .record(Double(status.eventsBehind))
        }
    }
}
