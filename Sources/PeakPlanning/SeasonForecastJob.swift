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
/// Every open queue is forecast: one with less than ``minimumHistoryWeeks`` of its own
/// history by the fallback rule (``FallbackForecaster``, from its siblings), published as
/// low-confidence; one that cannot be forecast at all is reported as failed with the reason,
/// while the others still publish.
///
/// Idempotent: the event id is derived from season, queue, model version and the inputs'
/// fingerprint, and a queue whose latest revision has the same fingerprint gets nothing
/// appended. One run at a time (``SeasonRunLock``). The caller catches the read models up
/// first, so the inputs are the whole log's.
public struct SeasonForecastJob: Sendable {
    public let store: EventLog
    public let season: PeakSeason
    public let accounts: [AccountID]
    public let availability: any CertifiedAvailabilitySource
    public var forecaster = VolumeForecaster()
    public var roster = RosterRule.standard
    /// Own history below this many weeks is forecast by the fallback rule (at least 2).
    public var minimumHistoryWeeks = 8
    public var fallback = FallbackForecaster()
    let logger: Logger

    public init(store: EventLog, season: PeakSeason, accounts: [AccountID] = [],
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
            let prior = PeakUpliftPrior(members: queues.compactMap(\.poolMember), configuration: forecaster.configuration)
            var outcomes: [(queueID: QueueID, outcome: QueueOutcome)] = []
            var details: [QueueID: QueueRunDetail] = [:]
            for (index, queue) in queues.enumerated() {
                let outcome: QueueOutcome
                var detail: QueueRunDetail?
                do {
                    (outcome, detail) = try await publish(queue, among: queues, leadTime: leadTimes[queue.queueID] ?? .default,
                                                          supply: supply[queue.queueID.rawValue] ?? [], prior: prior)
                } catch SkipReason.historyPastSeason {
                    outcome = .skipped(reason: SkipReason.historyPastSeason.description)
                } catch let reason as SkipReason {
                    outcome = .failed(reason: reason.description)
                } catch let error as ForecastInputError {
                    outcome = .failed(reason: error.description)
                } catch let error as FallbackError {
                    outcome = .failed(reason: error.description)
                } catch let error as StaffingInputError {
                    outcome = .failed(reason: "staffing inputs: \(error.description)")
                }
                outcomes.append((queue.queueID, outcome))
                details[queue.queueID] = detail
                progress(SeasonRunProgress(index: index + 1, total: queues.count, queueID: queue.queueID, outcome: outcome,
                                           detail: detail))
            }
            return SeasonRunReport(season: season.id, modelVersion: forecaster.configuration.modelVersion, outcomes: outcomes,
                                   details: details)
        }
    }

    private func publish(_ queue: PlanningQueue, among all: [PlanningQueue], leadTime: TrainingLeadTime,
                         supply: [CertifiedAvailability], prior: PeakUpliftPrior) async throws -> (QueueOutcome, QueueRunDetail) {
        let siblings = all.filter { $0.queueID != queue.queueID && $0.accountID == queue.accountID && $0.channel == queue.channel }
        let inputs = SeasonQueueInputs(season: season, modelVersion: forecaster.configuration.modelVersion, queue: queue,
                                       leadTime: leadTime, supply: supply, minimumHistoryWeeks: minimumHistoryWeeks,
                                       siblings: siblings)
        let fingerprint = inputs.fingerprint
        let stream = SeasonForecastPublished.streamID(season: season.id, queueID: queue.queueID).stored
        let version = try await store.streamVersion(stream)
        var revision = 1
        if version > 0, let last = try await store.readStream(stream, from: version, limit: 1).first {
            let previous = try last.decodePayload(as: PublishedHeader.self)
            if previous.inputsFingerprint == fingerprint {
                return (.unchanged(revision: previous.revision),
                        QueueRunDetail(confidence: previous.confidence ?? .normal,
                                       method: previous.method ?? SeasonForecastPublished.ownHistory,
                                       flaggedDays: previous.flaggedDays ?? [], ownPeakShare: previous.ownPeakShare))
            }
            revision = previous.revision + 1
        }
        var model = forecaster
        model.configuration.minimumHistoryWeeks = minimumHistoryWeeks
        var publication = SeasonPublication(season: season, forecaster: model, roster: roster, prior: prior)
        publication.fallback = fallback
        publication.minimumHistoryWeeks = minimumHistoryWeeks
        let event = try publication.make(queue, among: all, revision: revision, fingerprint: fingerprint, leadTime: leadTime,
                                         supply: supply)
        let stored = try SeasonForecastEvent.published(event)
            .newEvent(metadata: EventMetadata(actor: "forecast-run", source: "callboard forecast run"))
        _ = try await store.append(to: stream, expecting: version == 0 ? .noStream : .exactly(version), [stored])
        return (.published(revision: revision),
                QueueRunDetail(confidence: event.confidence, method: event.method, flaggedDays: event.flaggedDays,
                               ownPeakShare: event.ownPeakShare))
    }

    /// The fields of a stored publication the rerun check and its report need (the rest is
    /// not decoded); confidence, method and flagged days are absent from older publications.
    private struct PublishedHeader: Decodable {
        let revision: Int
        let inputsFingerprint: String
        let confidence: ForecastConfidence?
        let method: String?
        let flaggedDays: [PublishedFlaggedDay]?
        let ownPeakShare: Double?
    }
}
