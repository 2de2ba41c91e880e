import CallboardDomain
import CallboardOperations
import CallboardProjections
import CapacityPlanning
import EventStore
import Forecasting
import Foundation
import Logging
import StaffingMath

/// The scheduler's season job: for every open queue (of some accounts), forecast the season
/// from the queue's history, turn it into required agents, compare with certified supply,
/// and publish the result as a `SeasonForecastPublished` event.
///
/// Idempotent: the event id is derived from season, queue, model version and the inputs'
/// fingerprint, and a queue whose latest revision has the same fingerprint gets nothing
/// appended. One run at a time (``SeasonRunLock``). The caller catches the read models up
/// first, so the inputs are the whole log's.
public struct SeasonForecastJob: Sendable {
    public let store: EventStore
    public let season: PeakSeason
    public let accounts: [AccountID]
    public let availability: any CertifiedAvailabilitySource
    public var forecaster = VolumeForecaster()
    public var roster = RosterRule.standard
    let logger: Logger

    public init(store: EventStore, season: PeakSeason, accounts: [AccountID] = [],
                availability: any CertifiedAvailabilitySource, logger: Logger) {
        self.store = store
        self.season = season
        self.accounts = accounts
        self.availability = availability
        self.logger = logger
    }

    /// Runs the job under the lock; `progress` is called after each queue.
    public func run(progress: @Sendable (SeasonRunProgress) -> Void = { _ in }) async throws -> SeasonRunReport {
        try await SeasonRunLock.withLock(store, logger: logger) {
            let queues = try await ReportReader(store: store, logger: logger).live(PlanningInputsQuery(accounts: accounts)).output
            let leadTimes = try await ProgramLeadTimes.read(from: store)
            let supply = Dictionary(grouping: try await availability.availability(of: queues.map(\.supplyQueue), on: season.days),
                                    by: \.queueID)
            let prior = PeakUpliftPrior(members: queues.compactMap { queue in
                (try? queue.queueHistory()).map { PeakUpliftPrior.Member(id: queue.queueID.rawValue, keys: queue.priorKeys, history: $0) }
            }, configuration: forecaster.configuration)
            var outcomes: [(queueID: QueueID, outcome: QueueOutcome)] = []
            for (index, queue) in queues.enumerated() {
                let outcome: QueueOutcome
                do {
                    outcome = try await publish(queue, leadTime: leadTimes[queue.queueID] ?? .default,
                                                supply: supply[queue.queueID.rawValue] ?? [], prior: prior)
                } catch let reason as SkipReason {
                    outcome = .skipped(reason: reason.description)
                } catch let error as ForecastInputError {
                    outcome = .skipped(reason: error.description)
                } catch let error as StaffingInputError {
                    outcome = .skipped(reason: "staffing inputs: \(error.description)")
                }
                outcomes.append((queue.queueID, outcome))
                progress(SeasonRunProgress(index: index + 1, total: queues.count, queueID: queue.queueID, outcome: outcome))
            }
            return SeasonRunReport(season: season.id, modelVersion: forecaster.configuration.modelVersion, outcomes: outcomes)
        }
    }

    private func publish(_ queue: PlanningQueue, leadTime: TrainingLeadTime, supply: [CertifiedAvailability],
                         prior: PeakUpliftPrior) async throws -> QueueOutcome {
        let inputs = SeasonQueueInputs(season: season, modelVersion: forecaster.configuration.modelVersion, queue: queue,
                                       leadTime: leadTime, supply: supply)
        let fingerprint = inputs.fingerprint
        let stream = StoredStreamID(SeasonForecastPublished.streamID(season: season.id, queueID: queue.queueID).rawValue)
        let version = try await store.streamVersion(stream)
        var revision = 1
        if version > 0, let last = try await store.readStream(stream, from: version, limit: 1).first {
            let previous = try last.decodePayload(as: PublishedHeader.self)
            if previous.inputsFingerprint == fingerprint { return .unchanged(revision: previous.revision) }
            revision = previous.revision + 1
        }
        let event = try SeasonPublication(season: season, forecaster: forecaster, roster: roster, prior: prior)
            .make(queue, revision: revision, fingerprint: fingerprint, leadTime: leadTime, supply: supply)
        let stored = try SeasonForecastEvent.published(event)
            .newEvent(metadata: EventMetadata(actor: "forecast-run", source: "callboard forecast run"))
        _ = try await store.append(to: stream, expecting: version == 0 ? .noStream : .exactly(version), [stored])
        return .published(revision: revision)
    }

    /// The two fields of a stored publication the rerun check needs (the rest is not decoded).
    private struct PublishedHeader: Decodable {
        let revision: Int
        let inputsFingerprint: String
    }
}
