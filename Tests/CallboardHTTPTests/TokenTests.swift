import CallboardDomain
import CallboardOperations
@testable import CallboardHTTP
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

/// Tokens and `Authorization` headers are read byte by byte: only the exact ASCII form
/// passes, whatever Unicode look-alikes or spacing surround it.
@Suite struct TokenParsingTests {
    static let id = "abcdefghij01"
    static let secret = String(repeating: "0123456789abcdef", count: 4)
    static let token = "cbt_\(id)_\(secret)"

    @Test func onlyTheExactASCIIFormParses() throws {
        let parsed = try #require(BearerToken(parsing: Self.token))
        #expect(parsed.id.rawValue == Self.id && parsed.secret == Self.secret && parsed.description == Self.token)
        #expect(BearerToken(parsing: Substring(" " + Self.token).dropFirst()) == parsed)
        let malformed = [
            "", "cbt_", Self.token.dropLast().description, Self.token + "0", "CBT_" + Self.token.dropFirst(4),
            "cbt-\(Self.id)_\(Self.secret)", "cbt_\(Self.id)-\(Self.secret)", "cbt_\(Self.id)__\(Self.secret.dropLast())",
            "cbt_ABCDEFGHIJ01_\(Self.secret)", "cbt_abcdefghij_1_\(Self.secret)", "cbt_\(Self.id)_\(Self.secret.uppercased())",
            "cbt_\(Self.id)_\(Self.secret.dropLast())g",
            // Fullwidth hex digits are hex digits to `Character` (the old per-Character parse
            // took them); they are not ASCII.
            "cbt_\(Self.id)_\(String(repeating: "\u{FF10}", count: 64))",
            "cbt_\(Self.id)_\(Self.secret.dropLast(2))\u{FF41}",
            // Arabic-Indic digit, a combining accent, a NUL.
            "cbt_abcdefghij0\u{0663}_\(Self.secret)", "cbt_abcdefghij0e\u{0301}_\(Self.secret.dropLast())",
            "cbt_\(Self.id)_\(Self.secret.dropLast())\u{0}",
        ]
        for text in malformed { #expect(BearerToken(parsing: text) == nil, "\(text.debugDescription)") }
    }

    @Test func theAuthorizationHeaderNamesTheBearerScheme() {
        let token = BearerToken(parsing: Self.token)
        for header in ["Bearer \(Self.token)", "bearer \(Self.token)", "BEARER \(Self.token)", "  Bearer   \(Self.token) \t"] {
            #expect(AuthorizationHeader.bearerToken(header) == token, "\(header.debugDescription)")
        }
        for header in ["", "Bearer", "Bearer ", "Bearer\t\(Self.token)", "Bearer\(Self.token)", "Basic \(Self.token)",
                       "Bearerx \(Self.token)", "Bearer \(Self.token) x", "Bearer \(Self.token)\u{3000}", "Bear\u{0301}er \(Self.token)",
                       "\u{0412}earer \(Self.token)"] {
            #expect(AuthorizationHeader.bearerToken(header) == nil, "\(header.debugDescription)")
        }
    }

    @Test func anETagIsTheFirst12BytesOfTheSHA256OfItsPartsInLowercaseHex() {
        // sha256("tabula␟␟format=json␟␟json␟America/New_York␟account 7:10")[:12], by Python's hashlib.
        let parts = ["tabula", "", "format=json", "", "json", "America/New_York", "account 7:10"]
        #expect(AccountExportResponder.etag(parts) == "W/\"fc400801050ab1bebc443825\"")
    }
}
