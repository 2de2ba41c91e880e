import CallboardDomain
import Foundation

/// What `report sla` answers: each queue's service level per local day of a month and for
/// the month, against the SLA in force.
public struct ServiceLevelReport: Sendable, Equatable {
    public let accountID: AccountID
    public let month: LocalMonth
    /// The clock days are read on; nil means each queue's own market clock.
    public let timeZone: TimeZoneID?
    /// By queue; each queue's days in order, then its month row. For a closed month, the
    /// figures reported to the client when it was closed.
    public let rows: [ServiceLevelRow]
    /// The month's close (`callboard sla close`), when it was closed; nil otherwise.
    public var closure: SLAMonthClosure? = nil
    /// For a closed month, the rows as they stand now where they differ from the closed ones
    /// (later corrections), shown beside them; empty otherwise.
    public var laterCorrections: [ServiceLevelRow] = []
}

/// One queue's service level over a day or the month, under one SLA. When the SLA changed
/// during the period, the period has one row per SLA, each judged against its own.
public struct ServiceLevelRow: Sendable, Equatable {
    /// A local day, or the whole month.
    public enum Period: Sendable, Hashable {
        case day(LocalDate)
        case month(LocalMonth)
    }

    public let queueID: QueueID
    public let channel: Channel
    public let period: Period
    public let sla: ServiceLevelAgreement
    /// When `sla` took effect.
    public let slaEffectiveFrom: Date
    /// The period's figures, summed over its intervals.
    public let figures: ContactIntervalFigures
    public let attainment: ServiceLevelAttainment

    /// Abandoned / offered; nil when nothing was offered.
    public var abandonRate: Double? {
        figures.offered > 0 ? Double(figures.abandoned) / Double(figures.offered) : nil
    }
}
