import CallboardDomain
import Foundation

/// A short, stable identifier of the exact facts and configuration a standings table was
/// computed from: equal inputs (in any row order) give the same fingerprint, and any late
/// survey, correction or weight change gives another. Awards keep it, so a later
/// recomputation can say whether anything changed.
enum InputsFingerprint {
    private struct Inputs: Encodable {
        let site: SiteID
        let month: LocalMonth
        let configuration: ScorecardConfiguration
        let facts: [AgentMonthFacts]
    }

    /// A name-based UUID of the inputs in canonical JSON (sorted keys, rows by agent id).
    static func of(site: SiteID, month: LocalMonth, facts: [AgentMonthFacts],
                   configuration: ScorecardConfiguration) -> String {
        let inputs = Inputs(site: site, month: month, configuration: configuration,
                            facts: facts.sorted { $0.agentID < $1.agentID })
        // Facts are validated (finite numbers) before this point, so encoding cannot fail.
        let json = (try? EventJSON.makeEncoder().encode(inputs)).map { String(decoding: $0, as: UTF8.self) }
            ?? String(describing: inputs)
        return DeterministicEventID.make(namespace: "ScorecardInputs", naturalKey: json).uuidString.lowercased()
    }
}
