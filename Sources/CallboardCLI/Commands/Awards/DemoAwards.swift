import CallboardDomain
import CallboardOperations
import EventStore
import Foundation

/// The demo's award set-up, recorded through the commands a site director and HR use, after
/// the import files: Manila's scorecard from the demo's current month with eligibility
/// minimums that fit the demo's sampled activity (2 QA evaluations and 4 surveys), and one
/// disciplinary case, so `report awards` shows eligible agents and a flagged one. Running the
/// demo again records nothing new.
enum DemoAwards {
    static let site: SiteID = "MNL"

    /// Records the set-up as of `now`; returns the flagged agent, if Manila has a live agent.
    static func record(_ store: EventLog, now: Date) async throws -> AgentID? {
        let runner = CommandRunner(store: store, actor: "callboard demo")
        guard let zone = try await Listings(store: store).sites().first(where: { $0.id == site })?.timeZone else { return nil }
        let month = LocalMonth(containing: now, in: zone)
        let configuration = ScorecardConfiguration(
            eligibility: try EligibilityRules(minimumContacts: 200, minimumQAEvaluations: 2, minimumSurveys: 4))
        _ = try await runner.run(ConfigureScorecard(
            siteID: site, effectiveFrom: month, configuration: configuration, configuredAt: now, configuredBy: "callboard demo"),
            source: "demo")
        let live = try await Listings(store: store).agents(at: site).filter { $0.status == .live }
        guard let flagged = live.dropFirst(live.count / 2).first?.id else { return nil }
        _ = try await runner.run(AgentQualityCommand.openDisciplinaryCase(
            agent: flagged, caseID: "HR-DEMO-\(month)", on: month.firstDay, reason: "Shared a buyer's order details in a public chat",
            by: "hr.demo"), source: "demo")
        return flagged
    }
}
