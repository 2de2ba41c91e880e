@testable import CallboardHTTP
import Foundation
import HummingbirdTesting
import Testing

/// The certified headcount a client sees: its own queues, counted per site, with agents
/// only under stable pseudonyms that differ from one account to another.
@Suite struct CertifiedHeadcountTests {
    @Test func countsPerQueueAndSiteWithAgentsUnderPseudonyms() async throws {
        try await APIHarness.run(configure: { $0.pseudonymSecret = Array("a test secret".utf8) }) { harness, client in
            let acme = try await client.get("/v1/accounts/ACME/certified-headcount", token: harness.acme)
            #expect(acme.status == .ok)
            let rows = acme.rows
            #expect(rows.map { $0["queue_id"] as? String } == ["ACME-E", "ACME-V"])
            for row in rows {
                #expect(row["site_id"] as? String == "LON" && row["program_id"] as? String == "ACME-CERT")
                #expect(row["certified"] as? Int == 2 && row["in_training"] as? Int == 1 && row["nesting"] as? Int == 0)
            }
            let pseudonyms = rows.first?["certified_agents"] as? [String] ?? []
            #expect(pseudonyms.count == 2 && pseudonyms.allSatisfy { $0.hasPrefix("ag_") && $0.count == 19 })
            for revealing in ["LON-1", "LON-2", "Ann Smith", "Bob Jones"] { #expect(!acme.text.contains(revealing)) }

            let again = try await client.get("/v1/accounts/ACME/certified-headcount?format=csv", token: harness.acme)
            for pseudonym in pseudonyms { #expect(again.text.contains(pseudonym)) }

            let beta = try await client.get("/v1/accounts/BETA/certified-headcount", token: harness.beta)
            #expect(beta.rows.map { $0["certified"] as? Int } == [1])
            let betaPseudonym = (beta.rows.first?["certified_agents"] as? [String])?.first ?? ""
            #expect(!betaPseudonym.isEmpty && !pseudonyms.contains(betaPseudonym), "LON-1 must not be linkable across accounts")
        }
    }
}
