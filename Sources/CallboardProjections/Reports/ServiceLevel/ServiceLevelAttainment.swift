import CallboardDomain

/// How a period's contact figures measure up to the queue's SLA: the service level
/// attained, the share the contract asks for, and whether it was met.
///
/// The rule, per the queue's own SLA in force at each interval's start:
/// - voice and chat (`answered`): answered within the threshold / (offered - short
///   abandons), the short abandons being those under the SLA's short-abandon seconds as
///   the telephony counted them; target = the SLA's percent.
/// - email and social (`firstResponse`): the ticketing system reports, per arrival
///   interval, the contacts first responded to within the SLA's hours on its clock; the
///   same ratio gives the share responded in time. The contract names no share, so it is
///   judged against ``firstResponseTargetShare``. Arrivals younger than the window may
///   still gain responses: their figures are provisional until re-reported (corrections).
///
/// ASA needs the total time to answer, which interval reports do not carry, so it is not
/// computed; AHT is handle seconds / handled.
public struct ServiceLevelAttainment: Sendable, Equatable {
    /// The share of contacts a first-response SLA must answer in time: 95%, the common
    /// convention when a contract states the window only.
    public static let firstResponseTargetShare = 0.95

    /// The share answered in time (0...1); nil when no contact counts.
    public let attained: Double?
    /// The share the SLA asks for (0...1).
    public let target: Double
    /// Nil when nothing was measured.
    public let met: Bool?

    public init(_ figures: ContactIntervalFigures, against sla: ServiceLevelAgreement) {
        let target: Double
        switch sla {
        case let .answered(percent, _, _): target = percent / 100
        case .firstResponse: target = Self.firstResponseTargetShare
        }
        self.target = target
        attained = figures.serviceLevel
        // A tiny tolerance so that 80 of 100 meets 80% despite floating point.
        met = figures.serviceLevel.map { $0 + 1e-9 >= target }
    }
}

extension ContactIntervalFigures {
    /// The figures of a whole period: every count summed.
    static func + (lhs: ContactIntervalFigures, rhs: ContactIntervalFigures) -> ContactIntervalFigures {
        ContactIntervalFigures(
            offered: lhs.offered + rhs.offered, handled: lhs.handled + rhs.handled, abandoned: lhs.abandoned + rhs.abandoned,
            shortAbandoned: lhs.shortAbandoned + rhs.shortAbandoned,
            answeredWithinThreshold: lhs.answeredWithinThreshold + rhs.answeredWithinThreshold,
            handleSeconds: lhs.handleSeconds + rhs.handleSeconds)
    }

    static let zero = ContactIntervalFigures(
        offered: 0, handled: 0, abandoned: 0, shortAbandoned: 0, answeredWithinThreshold: 0, handleSeconds: 0)
}
