import Foundation

/// The business rules of a site's scorecard settings (stream `scorecard-<siteId>`): the site
/// must be open; the configuration must be valid (weights not negative and adding up to 100%,
/// positive targets, a cap of at least the target); and it takes effect from a month that
/// has not ended on the site's clock, so changing the weights never rewrites a month that
/// may already be closed. Configuring what is already in force for that month changes nothing.
public enum SiteScorecard: Decider {
    public static func streamID(for command: ConfigureScorecard) -> StreamID { .scorecard(command.siteID) }

    public static func evolve(_ state: SiteScorecardState?, _ event: SiteScorecardEvent) -> SiteScorecardState {
        var settings = state ?? SiteScorecardState()
        switch event {
        case let .configured(configured): settings.configurations.append(configured)
        }
        return settings
    }

    public static func decide(
        _ command: ConfigureScorecard, state: SiteScorecardState?, context: SiteScorecardContext
    ) throws(SiteScorecardRejection) -> [SiteScorecardEvent] {
        let outOfRange = CommandValues.problems(in: command)
        guard outOfRange.isEmpty else { throw .invalidFields(outOfRange) }
        var checks = FieldChecks()
        checks.requireIdentifier(command.siteID, "siteID")
        checks.requireText(command.configuredBy, "configuredBy")
        let eligibility = command.configuration.eligibility
        for (field, value) in [("eligibility.minimumContacts", eligibility.minimumContacts),
                               ("eligibility.minimumQAEvaluations", eligibility.minimumQAEvaluations),
                               ("eligibility.minimumSurveys", eligibility.minimumSurveys)] {
            checks.require(value, within: InputLimits.eligibilityMinimum, field)
        }
        guard checks.problems.isEmpty else { throw .invalidFields(checks.problems) }
        do { try command.configuration.validate() } catch { throw .invalidConfiguration(error) }
        guard let site = context.site, site.id == command.siteID, let zone = site.timeZone else {
            throw .siteNotOpened(command.siteID)
        }
        guard !site.isClosed else { throw .siteClosed(site.id) }
        let current = LocalMonth(containing: command.configuredAt, in: zone)
        guard command.effectiveFrom >= current else {
            throw .monthAlreadyOver(site.id, command.effectiveFrom, current: current)
        }
        if state?.entry(for: command.effectiveFrom)?.configuration == command.configuration { return [] }
        return [.configured(.init(
            siteID: command.siteID, effectiveFrom: command.effectiveFrom, configuration: command.configuration,
            configuredAt: command.configuredAt, configuredBy: command.configuredBy))]
    }
}
