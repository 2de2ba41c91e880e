import CallboardDomain
import CallboardOperations
import Foundation
import HummingbirdTesting
import Testing

/// Missing, malformed, unknown, expired and revoked tokens answer 401 with a challenge.
@Suite struct TokenTests {
    @Test func refusedTokensAnswer401WithAChallenge() async throws {
        try await APIHarness.run { harness, client in
            let missing = try await client.get("/v1/accounts/ACME", token: nil)
            #expect(missing.status == .unauthorized)
            #expect(missing.headers[.wwwAuthenticate] == "Bearer realm=\"callboard\"")
            let basic = try await client.get("/v1/accounts/ACME", token: nil, headers: [.authorization: "Basic YTpi"])
            #expect(basic.status == .unauthorized)
            for bad in ["nonsense", "cbt_short_abc", String(harness.acme.dropLast()) + "0"] where bad != harness.acme {
                let response = try await client.get("/v1/accounts/ACME", token: bad)
                #expect(response.status == .unauthorized, "\(bad)")
                #expect(response.headers[.wwwAuthenticate]?.contains("error=\"invalid_token\"") == true)
            }
            let forged = "cbt_aaaaaaaaaaaa_" + String(repeating: "0", count: 64)
            #expect(try await client.get("/v1/accounts/ACME", token: forged).status == .unauthorized)
        }
    }

    @Test func expiredAndRevokedTokensAreRefused() async throws {
        try await APIHarness.run { harness, client in
            let issuer = TokenIssuer(store: harness.store, actor: "test")
            let expired = try await issuer.issue(
                account: "ACME", label: "old", expiresAt: Date().addingTimeInterval(-60), now: Date().addingTimeInterval(-3600))
            let revoked = try await issuer.issue(account: "ACME", label: "leaked", expiresAt: nil)
            try await harness.settle()
            #expect(try await client.get("/v1/accounts/ACME", token: revoked.description).status == .ok)
            try await issuer.revoke(revoked.id, reason: "leaked")
            try await harness.settle()
            let expiredAnswer = try await client.get("/v1/accounts/ACME", token: expired.description)
            #expect(expiredAnswer.status == .unauthorized && expiredAnswer.text.contains("expired"))
            let revokedAnswer = try await client.get("/v1/accounts/ACME", token: revoked.description)
            #expect(revokedAnswer.status == .unauthorized && revokedAnswer.text.contains("revoked"))
            #expect(try await client.get("/v1/accounts/ACME", token: harness.acme).status == .ok)
        }
    }

    @Test func issuingNeedsASignedAccountAndRevokingOnce() async throws {
        try await APIHarness.run { harness, _ in
            let issuer = TokenIssuer(store: harness.store, actor: "test")
            await #expect(throws: ApiTokenRejection.unknownAccount("NOSUCH")) {
                _ = try await issuer.issue(account: "NOSUCH", label: "", expiresAt: nil)
            }
            let token = try await issuer.issue(account: "BETA", label: "", expiresAt: nil)
            try await issuer.revoke(token.id, reason: "done")
            await #expect(throws: ApiTokenRejection.alreadyRevoked(token.id)) { try await issuer.revoke(token.id, reason: "again") }
        }
    }

    @Test func bearerTokensRoundTripAndStoreOnlyAHash() {
        let token = BearerToken.generate()
        #expect(BearerToken(parsing: token.description) == token)
        #expect(token.secretSHA256.count == 64 && token.secretSHA256 != token.secret)
        #expect(token.matches(storedHash: token.secretSHA256))
        #expect(!token.matches(storedHash: BearerToken.generate().secretSHA256))
        #expect(BearerToken(parsing: token.description.uppercased()) == nil)
    }
}
