import Projections

/// Where a report reads each read model: the live schemas `rm_<name>`, or the scratch
/// schemas of an as-of read (views over the read models' history, or a replay). Queries name no schema themselves, so the same
/// SQL answers both.
public struct ReadModelSchemas: Sendable {
    let prefix: String

    /// The read models the projection engine keeps current.
    public static let live = ReadModelSchemas(prefix: "rm_")

    /// The standing as-of views `asof_<name>` (``ReadModelHistory/standingSchema(of:)``),
    /// showing the instant in the transaction's `callboard.as_of`.
    public static let standingAsOf = ReadModelSchemas(prefix: "asof_")

    /// The schema holding `projection`'s tables.
    public func schema(of projection: some Projection) -> String { prefix + projection.name }

    var siteRoster: String { schema(of: SiteRosterProjection()) }
    var clientAccounts: String { schema(of: ClientAccountsProjection()) }
    var queueIntervals: String { schema(of: QueueIntervalsProjection()) }
    var shiftCoverage: String { schema(of: ShiftCoverageProjection()) }
    var certifications: String { schema(of: CertificationsProjection()) }
    var awardFacts: String { schema(of: AwardFactsProjection()) }
    var peakForecasts: String { schema(of: PeakForecastsProjection()) }
    var slaMonths: String { schema(of: SLAMonthsProjection()) }
}
