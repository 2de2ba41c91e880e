import CallboardReports
import EventStore
import Foundation
import Metrics
import Projections

/// What `/readyz` checks: the database answers `SELECT 1` within the configured timeout
/// (2 s by default), and every read model's oldest unapplied event is younger than the
/// configured bound. Each failure is a reason. Every query here runs under that timeout,
/// so a lost database makes the probe answer "not ready" rather than hang.
struct ReadinessCheck: Sendable {
    let services: ExportServices

    /// The reasons the API is not ready; empty when it is.
    func problems() async -> [String] {
        let timeout = Duration.milliseconds(Int64(services.configuration.readinessDatabaseTimeoutSeconds * 1000))
        let client = services.store.client
        let logger = services.logger
        let answered = (try? await DatabaseDeadline.run("readiness check", within: timeout, logger: logger) {
            try await client.query("SELECT 1", logger: logger)
            return true
        }) ?? false
        guard answered else { return ["database: no answer to SELECT 1 within \(timeout)"] }
        let engine = services.engine
        guard let statuses = try? await DatabaseDeadline.run("projection status", within: timeout, logger: logger, {
            try await engine.status()
        }) else { return ["database: projection status unreadable within \(timeout)"] }
        let bound = services.configuration.readinessLagSeconds
        return statuses.compactMap { status in
            if status.updatedAt == nil { return "projection \(status.name): not installed" }
            guard status.lagSeconds > bound else { return nil }
            return "projection \(status.name): \(Int(status.lagSeconds)) s behind (\(status.eventsBehind) events), bound \(Int(bound)) s"
        } + (await replicaProblems())
    }

    /// With read replicas configured: a reason per replica when every one is down or lags
    /// more than `CALLBOARD_READ_MAX_LAG` (reads then all fall back to the primary, which
    /// the replicas were there to spare); nothing while at least one is usable.
    func replicaProblems() async -> [String] {
        guard let replicas = services.replicas, !replicas.replicas.isEmpty else { return [] }
        let bound = replicas.settings.maximumLagSeconds
        let problems = await replicas.health().compactMap { $0.problem(maximumLagSeconds: bound) }
        return problems.count == replicas.replicas.count ? problems : []
    }

    /// What `/readyz` adds to its answer, ready or not: `"quarantined_events"` (how many
    /// events the read models set aside) and `"held_back"` (the transaction holding the
    /// log back, when committed events wait behind one). Neither fails readiness by
    /// itself: a held-back log shows as lag, which does.
    func notes() async -> [String] {
        var fields: [String] = []
        let timeout = Duration.milliseconds(Int64(services.configuration.readinessDatabaseTimeoutSeconds * 1000))
        let (engine, store, logger) = (services.engine, services.store, services.logger)
        if let statuses = try? await DatabaseDeadline.run("quarantine count", within: timeout, logger: logger, {
            try await engine.status(quarantineSample: 0)
        }) {
            fields.append("\"quarantined_events\":\(statuses.reduce(0) { $0 + $1.quarantined })")
        }
        if let hold = try? await DatabaseDeadline.run("log hold", within: timeout, logger: logger, { try await store.logHold() }),
           let field = LogHoldReport(hold: hold).jsonField {
            fields.append(field)
        }
        if let replicas = services.replicas, !replicas.replicas.isEmpty {
            let states = await replicas.health().map { JSONText.quoted($0.description) }
            fields.append("\"replicas\":[\(states.joined(separator: ","))]")
        }
        return fields
    }

    /// Publishes each read model's lag and quarantined events as gauges, for `/metrics`.
    func recordLag(_ statuses: [ProjectionStatus]) {
        for status in statuses {
            Gauge(label: "callboard_projection_quarantined_events", dimensions: [("projection", status.name)],
                  factory: services.metrics)
                .record(Double(status.quarantined))
            Gauge(label: "callboard_projection_lag_seconds", dimensions: [("projection", status.name)], factory: services.metrics)
                .record(status.lagSeconds)
            Gauge(label: "callboard_projection_events_behind", dimensions: [("projection", status.name)], factory: services.metrics)
                .record(Double(status.eventsBehind))
        }
    }
}
