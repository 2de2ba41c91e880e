@testable import CallboardHTTP
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// A token sees exactly its own account: every export of another account, and every
/// resource that does not exist, answers the same 404 with the same body.
@Suite struct IsolationTests {
    static let exports = [
        "", "/intervals?from=2026-10-31&to=2026-11-02", "/sla/daily?month=2026-11", "/sla/monthly?from=2026-11",
        "/coverage?date=2026-11-01", "/certified-headcount", "/peak-forecast?season=black-friday-2026",
        "/peak-plan?season=black-friday-2026", "/changes",
    ]

    @Test func anotherAccountAnswersExactlyLikeNoAccount() async throws {
        try await APIHarness.run { harness, client in
            // One request id for all, so the bodies (which quote it) must be byte for byte the same.
            let same: HTTPFields = [.xRequestID: "isolation"]
            let missing = try await client.get("/v1/accounts/NOSUCH", token: harness.acme, headers: same)
            #expect(missing.status == .notFound)
            for export in Self.exports {
                let own = try await client.get("/v1/accounts/ACME\(export)", token: harness.acme)
                #expect(own.status == .ok, "ACME\(export)")
                let other = try await client.get("/v1/accounts/BETA\(export)", token: harness.acme, headers: same)
                #expect(other.status == .notFound, "BETA\(export)")
                #expect(other.text == missing.text, "BETA\(export)")
                #expect(other.headers[.contentType] == missing.headers[.contentType])
                let reverse = try await client.get("/v1/accounts/ACME\(export)", token: harness.beta, headers: same)
                #expect(reverse.status == .notFound && reverse.text == missing.text, "ACME\(export) with BETA's token")
            }
            let foreignQueue = try await client.get(
                "/v1/accounts/ACME/intervals?from=2026-10-31&to=2026-11-02&queue=BETA-V", token: harness.acme, headers: same)
            #expect(foreignQueue.status == .notFound && foreignQueue.text == missing.text)
        }
    }

    @Test func everyExportHoldsOnlyTheAccountsOwnFacts() async throws {
        try await APIHarness.run { harness, client in
            for export in Self.exports {
                let response = try await client.get("/v1/accounts/ACME\(export)\(export.contains("?") ? "&" : "?")format=csv",
                                                    token: harness.acme)
                #expect(response.status == .ok)
                #expect(!response.text.contains("BETA"), "ACME\(export) mentions BETA")
            }
            let changes = try await client.get("/v1/accounts/ACME/changes?limit=10000", token: harness.acme).rows
            let streams = Set(changes.compactMap { $0["stream"] as? String })
            #expect(streams.contains("account-ACME") && streams.contains("queue-ACME-V") && streams.contains("intervals-ACME-E-2026-11"))
            #expect(streams.allSatisfy { $0.contains("ACME") })
            #expect(changes.count == 1 + 2 + 2 * ExportWorld.intervalsPerQueue)
        }
    }
}
