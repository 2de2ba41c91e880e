import Foundation

/// One local day of a published season forecast: volume and the head count it needs.
public struct PublishedForecastDay: Hashable, Sendable, Codable {
    public let day: LocalDate
    public let contactsP50: Double
    public let contactsP90: Double
    public let peakScheduled: Int
    public let scheduledHours: Double
    public let requiredHeadcount: Int

    public init(day: LocalDate, contactsP50: Double, contactsP90: Double, peakScheduled: Int,
                scheduledHours: Double, requiredHeadcount: Int) {
        self.day = day
        self.contactsP50 = contactsP50
        self.contactsP90 = contactsP90
        self.peakScheduled = peakScheduled
        self.scheduledHours = scheduledHours
        self.requiredHeadcount = requiredHeadcount
    }
}

/// One interval of a published season forecast: P50, P90 and agents to schedule.
public struct PublishedForecastInterval: Hashable, Sendable, Codable {
    public let start: Date
    public let p50: Double
    public let p90: Double
    public let scheduledAgents: Int

    public init(start: Date, p50: Double, p90: Double, scheduledAgents: Int) {
        self.start = start
        self.p50 = p50
        self.p90 = p90
        self.scheduledAgents = scheduledAgents
    }
}

/// Certified agents for the queue at one site on one local day, as the job saw them.
public struct PublishedSupply: Hashable, Sendable, Codable {
    public let day: LocalDate
    public let siteID: SiteID
    public let available: Int
    public let scheduled: Int
    public let crossTrainable: Int

    public init(day: LocalDate, siteID: SiteID, available: Int, scheduled: Int, crossTrainable: Int) {
        self.day = day
        self.siteID = siteID
        self.available = available
        self.scheduled = scheduled
        self.crossTrainable = crossTrainable
    }
}

/// The training lead time a publication planned with: classroom and nesting days, and the
/// program they come from (nil: the documented default).
public struct PublishedLeadTime: Hashable, Sendable, Codable {
    public let classroomDays: Int
    public let nestingDays: Int
    public let programID: ProgramID?

    public init(classroomDays: Int, nestingDays: Int, programID: ProgramID?) {
        self.classroomDays = classroomDays
        self.nestingDays = nestingDays
        self.programID = programID
    }
}

/// Everything that happens to a season forecast stream (`forecast-<season>-<queue>`).
public enum SeasonForecastEvent: DomainEvent {
    case published(SeasonForecastPublished)

    public var payload: any EventPayload {
        switch self {
        case let .published(payload): payload
        }
    }

    public static let payloadTypes = EventPayloadRegistry<SeasonForecastEvent>(streamKind: "season forecast", [
        .init(SeasonForecastPublished.self, SeasonForecastEvent.published),
    ])
}
