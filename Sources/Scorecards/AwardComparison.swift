import CallboardDomain

/// Compares a granted award with standings recomputed from later data, listing what changed
/// so a report can show it next to the granted result. It never produces a new award: a
/// closed month is a fact.
public enum AwardComparison {
    /// What differs between `granted` and `fresh`; empty when the inputs are unchanged.
    public static func changes(since granted: AwardGranted, fresh: AwardStandings) -> [AwardChange] {
        guard granted.inputsFingerprint != fresh.inputsFingerprint else { return [] }
        var changes = [AwardChange.inputsChanged(granted: granted.inputsFingerprint, fresh: fresh.inputsFingerprint)]
        if fresh.winner?.agentID != granted.agentID {
            changes.append(.winnerWouldDiffer(granted: granted.agentID, fresh: fresh.winner?.agentID))
        }
        for standing in granted.standings {
            let now = fresh.entry(for: standing.agentID)
            guard let now, let rank = now.rank else {
                changes.append(.noLongerEligible(standing.agentID, now?.ineligibility ?? []))
                continue
            }
            if now.score != standing.score {
                changes.append(.scoreChanged(standing.agentID, granted: standing.score, fresh: now.score))
            }
            if rank != standing.rank {
                changes.append(.rankChanged(standing.agentID, granted: standing.rank, fresh: rank))
            }
        }
        let grantedAgents = Set(granted.standings.map(\.agentID))
        for entry in fresh.eligible where !grantedAgents.contains(entry.agentID) {
            if let rank = entry.rank { changes.append(.nowEligible(entry.agentID, rank: rank, score: entry.score)) }
        }
        return changes
    }
}
