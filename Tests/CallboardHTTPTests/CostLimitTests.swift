import CallboardDomain
import CallboardOperations
@testable import CallboardHTTP
import Foundation
import HTTPTypes
import HummingbirdTesting
import PostgresNIO
import PostgresTestSupport
import Testing

/// Long exports are limited per token and per server, and failed token attempts per client
/// address; each limit answers 429 with Retry-After and leaves every other client alone
/// (issue 11: thirty parallel three-year exports on one token made another client wait
/// 22-36 s, and token guessing cost a database lookup each, unlimited).
@Suite struct CostLimitTests {
    /// Two days of two queues streamed: 384 estimated rows, long once the bound is lower.
    static let long = "/v1/accounts/ACME/intervals?from=2026-11-01&to=2026-11-02&tz=UTC&format=csv"

    static func tokenID(_ token: String) throws -> ApiTokenID { try #require(BearerToken(parsing: token)).id }

    @Test func aTokenRunsOneLongExportAtATimeAndOtherRequestsPass() async throws {
        try await APIHarness.run(configure: { $0.longExportRows = 100; $0.longExportRetryAfterSeconds = 7 }) { harness, client in
            let admission = harness.api.services.longExports
            // ACME's first long export is running (its place held as its body would hold it).
            let running = try admission.admit(try Self.tokenID(harness.acme))
            let refused = try await client.get(Self.long, token: harness.acme)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.retryAfter] == "7")
            #expect(refused.object["error"] as? String == "too_many_long_exports")
            // The same token's small requests, paged ones and another token's long export pass.
            #expect(try await client.get("/v1/accounts/ACME/sla/daily?month=2026-11", token: harness.acme).status == .ok)
            #expect(try await client.get(Self.long + "&limit=50", token: harness.acme).status == .ok)
            #expect(try await client.get(Self.long.replacingOccurrences(of: "ACME", with: "BETA"), token: harness.beta).status == .ok)
            running.release()
            let admitted = try await client.get(Self.long, token: harness.acme)
            #expect(admitted.status == .ok && admitted.text.split(separator: "\n").count == 1 + 2 * ExportWorld.intervalsPerQueue)
            // The written export gave its place back; so does a HEAD, which writes no body.
            #expect(admission.running(try Self.tokenID(harness.acme)) == (0, 0))
            #expect(try await client.get(Self.long, token: harness.acme, method: .head).status == .ok)
            #expect(admission.running(try Self.tokenID(harness.acme)) == (0, 0))
            #expect(try await client.get(Self.long, token: harness.acme).status == .ok)
        }
    }

    @Test func theServerRunsAtMostItsShareOfLongExports() async throws {
        try await APIHarness.run(configure: { $0.longExportRows = 100; $0.longExportsPerToken = 5; $0.longExportsPerServer = 2 }) {
            harness, client in
            let admission = harness.api.services.longExports
            let acme = try Self.tokenID(harness.acme)
            let held = [try admission.admit(acme), try admission.admit(acme)]
            #expect(throws: ExportError.self) { _ = try admission.admit(acme) }
            let refused = try await client.get(Self.long.replacingOccurrences(of: "ACME", with: "BETA"), token: harness.beta)
            #expect(refused.status == .tooManyRequests && refused.headers[.retryAfter] != nil)
            #expect((refused.object["detail"] as? String)?.contains("server") == true)
            held[0].release()
            held[0].release() // given back once only
            #expect(admission.running(acme) == (1, 1))
            #expect(try await client.get(Self.long.replacingOccurrences(of: "ACME", with: "BETA"), token: harness.beta).status == .ok)
            held[1].release()
        }
    }

    @Test func anAddressPresentingRefusedTokensIsLimited() async throws {
        try await APIHarness.run(configure: { $0.failedAttemptBurst = 3; $0.failedAttemptsPerSecond = 0.01 }) { harness, client in
            let forged = "cbt_aaaaaaaaaaaa_" + String(repeating: "0", count: 64)
            for _ in 0..<3 { #expect(try await client.get("/v1/accounts/ACME", token: forged).status == .unauthorized) }
            let limited = try await client.get("/v1/accounts/ACME", token: forged)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.object["error"] as? String == "too_many_failed_attempts")
            #expect((1...100).contains(Int(limited.headers[.retryAfter] ?? "") ?? 0))
            #expect(try await client.get("/v1/accounts/ACME", token: nil).status == .tooManyRequests)
            // Operations endpoints are not behind tokens.
            #expect(try await client.get("/healthz", token: nil).status == .ok)
        }
    }

    @Sendable static func behindProxy(_ configuration: inout ExportAPIConfiguration) {
        configuration.failedAttemptBurst = 2
        configuration.failedAttemptsPerSecond = 0.01
        configuration.trustForwardedFor = true
    }

    @Test func behindATrustedProxyEachForwardedAddressHasItsOwnLimit() async throws {
        try await APIHarness.run(configure: Self.behindProxy) { harness, client in
            let guesser: HTTPFields = [HTTPField.Name("X-Forwarded-For")!: "198.51.100.9, 203.0.113.7"]
            for _ in 0..<2 {
                let refused = try await client.get("/v1/accounts/ACME", token: "nonsense", headers: guesser)
                #expect(refused.status == .unauthorized)
            }
            let limited = try await client.get("/v1/accounts/ACME", token: "nonsense", headers: guesser)
            #expect(limited.status == .tooManyRequests)
            // Another client behind the same proxy is not held back.
            let other: HTTPFields = [HTTPField.Name("X-Forwarded-For")!: "203.0.113.8"]
            #expect(try await client.get("/v1/accounts/ACME", token: harness.acme, headers: other).status == .ok)
            #expect(try await client.get("/v1/accounts/ACME", token: "nonsense", headers: other).status == .unauthorized)
        }
    }

    @Test func unknownTokensAreRememberedBriefly() async throws {
        try await APIHarness.run { harness, _ in
            let store = harness.store
            let authority = TokenAuthority(client: store.client, cacheSeconds: 0, unknownCacheSeconds: 60, logger: TestDatabase.logger)
            let forged = "Bearer cbt_aaaaaaaaaaaa_" + String(repeating: "0", count: 64)
            await #expect(throws: ExportError.self) { _ = try await authority.grant(authorization: forged) }
            // The token table goes away: a second lookup would fail; the unknown id is remembered.
            try await store.client.query("ALTER TABLE rm_api_tokens.tokens RENAME TO tokens_gone", logger: TestDatabase.logger)
            await #expect(throws: ExportError.unauthorized("the bearer token is not known")) {
                _ = try await authority.grant(authorization: forged)
            }
            // Another unknown id is looked up, and the lookup fails.
            let other = "Bearer cbt_bbbbbbbbbbbb_" + String(repeating: "0", count: 64)
            await #expect(throws: PSQLError.self) { _ = try await authority.grant(authorization: other) }
        }
    }
}
