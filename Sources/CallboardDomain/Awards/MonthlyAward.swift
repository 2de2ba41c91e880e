import Foundation

/// The business rules of closing a site's month: the month must be over on the site's clock;
/// the award goes to the first of the eligible standings it records; and a month is closed
/// once: closing it again is refused, so later data never silently rewrites a granted award.
public enum MonthlyAward: Decider {
    public static func streamID(for command: MonthlyAwardCommand) -> StreamID {
        .award(command.siteID, command.month)
    }

    public static func evolve(_ state: MonthlyAwardState?, _ event: MonthlyAwardEvent) -> MonthlyAwardState {
        switch event {
        case let .granted(granted): MonthlyAwardState(granted)
        }
    }

    public static func decide(
        _ command: MonthlyAwardCommand, state: MonthlyAwardState?, context: MonthlyAwardContext
    ) throws(MonthlyAwardRejection) -> [MonthlyAwardEvent] {
        let outOfRange = CommandValues.problems(in: command)
        guard outOfRange.isEmpty else { throw .invalidFields(outOfRange) }
        switch command {
        case let .grant(grant):
            let problems = problems(of: grant)
            guard problems.isEmpty else { throw .invalidFields(problems) }
            if let granted = state?.granted {
                throw .alreadyGranted(granted.siteID, granted.month, agent: granted.agentID, on: granted.grantedOn)
            }
            guard let site = context.site, site.id == grant.siteID, let zone = site.timeZone else {
                throw .siteNotOpened(grant.siteID)
            }
            let closesOn = grant.month.next.firstDay
            guard grant.grantedAt >= closesOn.start(in: zone) else {
                throw .monthNotOver(site.id, grant.month, closesOn: closesOn)
            }
            return [.granted(.init(
                siteID: grant.siteID, month: grant.month, agentID: grant.agentID, score: grant.score,
                standings: grant.standings, inputsFingerprint: grant.inputsFingerprint, configuration: grant.configuration,
                grantedAt: grant.grantedAt,
                grantedOn: LocalDateTime(grant.grantedAt, in: zone).date, grantedBy: grant.grantedBy))]
        }
    }

    private static func problems(of grant: GrantAward) -> [FieldProblem] {
        var checks = FieldChecks()
        checks.requireIdentifier(grant.siteID, "siteID")
        checks.requireText(grant.inputsFingerprint, "inputsFingerprint")
        checks.requireText(grant.grantedBy, "grantedBy")
        let standings = grant.standings
        checks.require(standings.first?.agentID == grant.agentID && standings.first?.score == grant.score,
                       "standings", standings.first.map { "\($0.agentID) first" } ?? "an empty list",
                       "must start with the winner \(grant.agentID) and their score")
        checks.require(standings.map(\.rank) == Array(1...max(1, standings.count)), "standings.rank",
                       Wording.list(standings.map(\.rank)), "must number the places 1, 2, 3... in order")
        checks.require(zip(standings, standings.dropFirst()).allSatisfy { $0.score >= $1.score }, "standings.score",
                       Wording.list(standings.map { Wording.number($0.score) }), "must not increase down the list")
        checks.require(Set(standings.map(\.agentID)).count == standings.count, "standings.agentID",
                       Wording.list(standings.map(\.agentID)), "must not repeat an agent")
        return checks.problems
    }
}
