import CallboardDomain
import DomainEventCoding
import EventStore
import Foundation

/// What one batch of events adds to the award facts, in log order: the sites' clocks, agents'
/// sites and statuses, work figures (a correction as the difference it makes), QA and CSAT
/// scores, commendations, disciplinary cases, and the events of the rule streams kept whole.
struct AwardFactsChanges {
    /// One agent's figures on a queue in a UTC interval, or a correction's difference.
    struct Work {
        let agentID: AgentID
        let queueID: QueueID
        let start: Date
        let figures: [Int]
    }

    /// A dated fact about an agent (a score, or 1 for a commendation), keyed by its position.
    struct Dated {
        let agentID: AgentID
        let at: Date
        let position: Int64
        let value: Double
    }

    private(set) var sites: [SiteOpened] = []
    private(set) var agents = AgentChanges()
    private(set) var work: [Work] = []
    private(set) var qa: [Dated] = []
    private(set) var csat: [Dated] = []
    private(set) var commendations: [Dated] = []
    private(set) var casesOpened: [DisciplinaryCaseOpened] = []
    private(set) var casesClosed: [DisciplinaryCaseClosed] = []
    /// Events of queues, site scorecards and awards.
    private(set) var sourceEvents: [RecordedEvent] = []

    /// The streams the awards report folds with the domain's deciders. Certification is not
    /// among them: the report reads it from the `certifications` read model, as coverage does.
    static let sourceTypes: Set<String> = Set(
        QueueEvent.payloadTypes.eventTypes + SiteScorecardEvent.payloadTypes.eventTypes
            + MonthlyAwardEvent.payloadTypes.eventTypes)

    static let eventTypes: Set<String> = sourceTypes.union(AgentChanges.eventTypes)
        .union(AgentIntervalStatsEvent.payloadTypes.eventTypes).union(AgentQualityEvent.payloadTypes.eventTypes)
        .union([SiteOpened.eventType])

    mutating func record(_ event: RecordedEvent) throws {
        if Self.sourceTypes.contains(event.type) {
            sourceEvents.append(event)
        } else if AgentChanges.eventTypes.contains(event.type) {
            try agents.record(event)
        } else if event.type == SiteOpened.eventType {
            if case let .opened(opened) = try event.domainEvent(as: SiteEvent.self) { sites.append(opened) }
        } else if AgentIntervalStatsEvent.payloadTypes.eventTypes.contains(event.type) {
            try recordWork(try event.domainEvent(as: AgentIntervalStatsEvent.self))
        } else {
            recordQuality(try event.domainEvent(as: AgentQualityEvent.self), at: event.position)
        }
    }

    private mutating func recordWork(_ event: AgentIntervalStatsEvent) throws {
        switch event {
        case let .reported(report):
            work.append(Work(agentID: report.agentID, queueID: report.queueID, start: report.start,
                             figures: Self.columns(report.figures)))
        case let .corrected(correction):
            let difference = try zip(Self.columns(correction.corrected), Self.columns(correction.previous)).map {
                try FigureOverflow.difference($0, $1, of: "the corrected agent figures' differences")
            }
            work.append(Work(agentID: correction.agentID, queueID: correction.queueID, start: correction.start,
                             figures: difference))
        }
    }

    private mutating func recordQuality(_ event: AgentQualityEvent, at position: Int64) {
        switch event {
        case let .qaEvaluationRecorded(qa):
            self.qa.append(Dated(agentID: qa.agentID, at: qa.evaluatedAt, position: position, value: qa.score))
        case let .csatSurveyRecorded(survey):
            csat.append(Dated(agentID: survey.agentID, at: survey.surveyedAt, position: position,
                              value: Double(survey.score)))
        case let .commendationRecorded(commendation):
            commendations.append(Dated(agentID: commendation.agentID, at: commendation.commendedAt,
                                       position: position, value: 1))
        case let .disciplinaryCaseOpened(opened): casesOpened.append(opened)
        case let .disciplinaryCaseClosed(closed): casesClosed.append(closed)
        }
    }

    /// The figures in the order of the `work` table's columns.
    private static func columns(_ figures: AgentIntervalFigures) -> [Int] {
        [figures.contactsHandled, figures.handleSeconds, figures.firstContactResolutions, figures.scheduledSeconds,
         figures.adherentSeconds]
    }
}
