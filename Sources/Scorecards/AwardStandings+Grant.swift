import CallboardDomain
import Foundation

extension AwardStandings {
    /// The command that closes the month with these standings: the award to the winner, the
    /// eligible standings and the inputs' fingerprint. Nil when nobody is eligible.
    public func grant(at instant: Date, by director: String) -> GrantAward? {
        guard let winner else { return nil }
        let standings = eligible.compactMap { entry in
            entry.rank.map { GrantedStanding(rank: $0, agentID: entry.agentID, score: entry.score) }
        }
        return GrantAward(
            siteID: siteID, month: month, agentID: winner.agentID, score: winner.score, standings: standings,
            inputsFingerprint: inputsFingerprint, configuration: configuration, grantedAt: instant, grantedBy: director)
    }
}
