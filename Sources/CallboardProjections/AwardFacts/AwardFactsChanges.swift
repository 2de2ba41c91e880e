import CallboardDomain
import DomainEventCoding
import EventStore
import Foundation

/// What one batch of events adds to the award facts, in log order: the sites' clocks, agents'
/// placements and statuses, work figures (a correction as the difference it makes), QA and CSAT
/// scores, commendations, disciplinary cases, and the events of the rule streams kept whole.
/// Every site, placement and fact keeps its place in the log (``Recorded``), so a fact is
/// bucketed by what was recorded before it, whatever the batch (see ``SiteMonthBucket``).
struct AwardFactsChanges {
    /// An event's place in the log: its transaction id (as a signed 64-bit number, as the
    /// tables store it) and its position. Log order is this pair's order.
    struct Recorded {
        let transaction: Int64
        let position: Int64

        init(_ event: RecordedEvent) {
            transaction = Int64(bitPattern: event.checkpoint.transactionID)
            position = event.position
        }
    }

    /// A site's clock, as its opening gave it.
    struct Site {
        let siteID: SiteID
        let timeZone: TimeZoneID
        let recorded: Recorded
    }

    /// An agent works at `siteID` from `effectiveOn` on: a hire or a transfer.
    struct Placement {
        let agentID: AgentID
        let effectiveOn: LocalDate
        let siteID: SiteID
        let recorded: Recorded
    }

    /// One agent's figures on a queue in a UTC interval, or a correction's difference.
    struct Work {
        let agentID: AgentID
        let queueID: QueueID
        let start: Date
        let figures: [Int]
        let recorded: Recorded
    }

    /// A dated fact about an agent (a score, or 1 for a commendation), keyed by its position.
    struct Dated {
        let agentID: AgentID
        let at: Date
        let value: Double
        let recorded: Recorded
    }

    private(set) var sites: [Site] = []
    private(set) var placements: [Placement] = []
    private(set) var agents = AgentChanges()
    private(set) var work: [Work] = []
    private(set) var qa: [Dated] = []
    private(set) var csat: [Dated] = []
    private(set) var commendations: [Dated] = []
    private(set) var casesOpened: [DisciplinaryCaseOpened] = []
    /// The closings of cases opened before them (in this batch or an earlier one), in log order.
    private(set) var casesClosed: [DisciplinaryCaseClosed] = []
    /// Events of queues, site scorecards and awards.
    private(set) var sourceEvents: [RecordedEvent] = []

    /// The streams the awards report folds with the domain's deciders. Certification is not
    /// among them: the report reads it from the `certifications` read model, as coverage does.
    static let sourceTypes: Set<String> = Set(
        QueueEvent.payloadTypes.eventTypes + SiteScorecardEvent.payloadTypes.eventTypes
            + MonthlyAwardEvent.payloadTypes.eventTypes)

    /// The agent events the facts use: placements and statuses (languages and skills play no part).
    static let agentTypes: Set<String> = [AgentHired.eventType, AgentTransferred.eventType, AgentStatusChanged.eventType]

    static let eventTypes: Set<String> = sourceTypes.union(agentTypes)
        .union(AgentIntervalStatsEvent.payloadTypes.eventTypes).union(AgentQualityEvent.payloadTypes.eventTypes)
        .union([SiteOpened.eventType])

    mutating func record(_ event: RecordedEvent) throws {
        let recorded = Recorded(event)
        if Self.sourceTypes.contains(event.type) {
            sourceEvents.append(event)
        } else if Self.agentTypes.contains(event.type) {
            recordAgent(try event.domainEvent(as: AgentEvent.self), at: recorded)
        } else if event.type == SiteOpened.eventType {
            if case let .opened(opened) = try event.domainEvent(as: SiteEvent.self) {
                sites.append(Site(siteID: opened.siteID, timeZone: opened.timeZone, recorded: recorded))
            }
        } else if AgentIntervalStatsEvent.payloadTypes.eventTypes.contains(event.type) {
            try recordWork(try event.domainEvent(as: AgentIntervalStatsEvent.self), at: recorded)
        } else {
            recordQuality(try event.domainEvent(as: AgentQualityEvent.self), at: recorded)
        }
    }

    private mutating func recordAgent(_ event: AgentEvent, at recorded: Recorded) {
        agents.record(event, at: recorded.position)
        switch event {
        case let .hired(hire):
            placements.append(Placement(agentID: hire.agentID, effectiveOn: hire.hiredOn, siteID: hire.siteID,
                                        recorded: recorded))
        case let .transferred(transfer):
            placements.append(Placement(agentID: transfer.agentID, effectiveOn: transfer.effectiveOn,
                                        siteID: transfer.toSite, recorded: recorded))
        default: break
        }
    }

    private mutating func recordWork(_ event: AgentIntervalStatsEvent, at recorded: Recorded) throws {
        switch event {
        case let .reported(report):
            work.append(Work(agentID: report.agentID, queueID: report.queueID, start: report.start,
                             figures: Self.columns(report.figures), recorded: recorded))
        case let .corrected(correction):
            let difference = try zip(Self.columns(correction.corrected), Self.columns(correction.previous)).map {
                try FigureOverflow.difference($0, $1, of: "the corrected agent figures' differences")
            }
            work.append(Work(agentID: correction.agentID, queueID: correction.queueID, start: correction.start,
                             figures: difference, recorded: recorded))
        }
    }

    private mutating func recordQuality(_ event: AgentQualityEvent, at recorded: Recorded) {
        switch event {
        case let .qaEvaluationRecorded(qa):
            self.qa.append(Dated(agentID: qa.agentID, at: qa.evaluatedAt, value: qa.score, recorded: recorded))
        case let .csatSurveyRecorded(survey):
            csat.append(Dated(agentID: survey.agentID, at: survey.surveyedAt, value: Double(survey.score),
                              recorded: recorded))
        case let .commendationRecorded(commendation):
            commendations.append(Dated(agentID: commendation.agentID, at: commendation.commendedAt, value: 1,
                                       recorded: recorded))
        case let .disciplinaryCaseOpened(opened):
            // A closing recorded before the opening closes nothing (as in a batch of its own).
            casesClosed.removeAll { $0.agentID == opened.agentID && $0.caseID == opened.caseID }
            casesOpened.append(opened)
        case let .disciplinaryCaseClosed(closed): casesClosed.append(closed)
        }
    }

    /// The figures in the order of the `work` table's columns.
    private static func columns(_ figures: AgentIntervalFigures) -> [Int] {
        [figures.contactsHandled, figures.handleSeconds, figures.firstContactResolutions, figures.scheduledSeconds,
         figures.adherentSeconds]
    }
}
