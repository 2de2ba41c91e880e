import Projections

/// Every read model Callboard keeps, in the order the engine runs them: what
/// `callboard projections` installs, runs, rebuilds and reports on.
public enum CallboardReadModels {
    public static let all: [any Projection] = [
        SiteRosterProjection(), ClientAccountsProjection(), QueueIntervalsProjection(), ShiftCoverageProjection(),
        CertificationsProjection(), AwardFactsProjection(), ApiTokensProjection(), ServiceLevelHoursProjection(),
        AccountLastChangesProjection(),
        PeakForecastsProjection(), DemandFactsProjection(), ForecastConfidenceProjection(),
        SLAMonthsProjection(),
    ]
}
