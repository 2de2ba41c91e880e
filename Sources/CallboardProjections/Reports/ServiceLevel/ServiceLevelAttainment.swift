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
///   same ratio gives the share responded in time; target = the SLA's stated percent (`90/24h`:
///   90%). SLAs recorded before contracts stated one are judged against
///   ``ServiceLevelAgreement/legacyFirstResponsePercent`` (95%). Arrivals younger than the
///   window may still gain responses: their figures are provisional until re-reported (corrections).
///
/// ASA needs the total time to answer, which interval reports do not carry, so it is not
/// computed; AHT is handle seconds / handled.
public struct ServiceLevelAttainment: Sendable, Equatable {
    /// The share a first-response SLA recorded without a stated percent is judged against.
    public static let firstResponseTargetShare = ServiceLevelAgreement.legacyFirstResponsePercent / 100

    /// The share answered in time (0...1); nil when no contact counts.
    public let attained: Double?
    /// The share the SLA asks for (0...1).
    public let target: Double
    /// Nil when nothing was measured.
    public let met: Bool?
    /// The target in percent, exactly as the SLA states it (e.g. 92.25).
    public let targetPercent: Double
    /// How many decimals a percent shows: one, or as many as the target's percent needs.
    public let percentDecimals: Int
    /// The attained share in percent as reports show it: floored, never rounded up, to
    /// ``percentDecimals`` places, so that it is at least ``targetPercent`` exactly when
    /// `met` (94.99% against 95% shows 94.9, never 95 next to "no").
    public let attainedPercentShown: Double?

    /// Within this much of the target a share counts as met, so that 80 of 100 meets 80%
    /// despite floating point.
    static let tolerance = 1e-9

    public init(_ figures: ContactIntervalFigures, against sla: ServiceLevelAgreement) {
        target = sla.targetShare
        targetPercent = sla.targetPercent
        attained = figures.serviceLevel
        met = figures.serviceLevel.map { $0 + Self.tolerance >= sla.targetShare }
        let decimals = Self.decimals(of: sla.targetPercent)
        percentDecimals = decimals
        attainedPercentShown = figures.serviceLevel.map { share in
            let shown = Self.floored((share + Self.tolerance) * 100, decimals: decimals)
            // Belt and braces against floating point: a share that misses never shows the target.
            guard share + Self.tolerance < sla.targetShare, shown >= sla.targetPercent else { return shown }
            return ((sla.targetPercent * Self.scale(decimals)).rounded() - 1) / Self.scale(decimals)
        }
    }

    /// The decimals `percent` is written with (at least one, at most four).
    static func decimals(of percent: Double) -> Int {
        var places = 1
        while places < 4, !Self.isWhole(percent * Self.scale(places)) { places += 1 }
        return places
    }

    /// `value` floored to `decimals` places.
    static func floored(_ value: Double, decimals: Int) -> Double {
        let scale = Self.scale(decimals)
        return (value * scale).rounded(.down) / scale
    }

    private static func scale(_ decimals: Int) -> Double {
        (0..<decimals).reduce(1) { value, _ in value * 10 }
    }

    private static func isWhole(_ value: Double) -> Bool { abs(value - value.rounded()) < 1e-6 }
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
