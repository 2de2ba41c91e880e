import CallboardOperations
@testable import CallboardHTTP
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// Every refusal the API makes, with the header each one owes the client.
@Suite struct StatusTests {
    @Test func writesAnswer405WithAllow() async throws {
        try await APIHarness.run { harness, client in
            for method: HTTPRequest.Method in [.post, .put, .patch, .delete, .options] {
                for path in ["/v1/accounts/ACME", "/healthz", "/v1/accounts/ACME/changes"] {
                    let response = try await client.get(path, token: harness.acme, method: method)
                    #expect(response.status == .methodNotAllowed, "\(method) \(path)")
                    #expect(response.headers[.allow] == "GET, HEAD")
                }
            }
            let head = try await client.get("/v1/accounts/ACME", token: harness.acme, method: .head)
            #expect(head.status == .ok && head.body.readableBytes == 0 && head.headers[.eTag] != nil)
        }
    }

    @Test func badParametersAnswer400NamingTheParameter() async throws {
        try await APIHarness.run { harness, client in
            let cases = [
                ("/v1/accounts/ACME?tz=Mars/Olympus", "tz"), ("/v1/accounts/ACME?tz=EST", "tz"),
                ("/v1/accounts/ACME/intervals?to=2026-11-02", "from"),
                ("/v1/accounts/ACME/intervals?from=2026-11-03&to=2026-11-02", "to"),
                ("/v1/accounts/ACME/intervals?from=2026-11-01&to=2026-11-02&limit=0", "limit"),
                ("/v1/accounts/ACME/intervals?from=2026-11-01&to=2026-11-02&cursor=bogus", "cursor"),
                ("/v1/accounts/ACME/sla/daily?month=2026-13", "month"), ("/v1/accounts/ACME/sla/monthly?from=2026-01&to=2028-06", "to"),
                ("/v1/accounts/ACME/coverage?date=tomorrow", "date"), ("/v1/accounts/ACME/changes?cursor=abc", "cursor"),
                ("/v1/accounts/ACME?format=xml", "format"),
            ]
            for (uri, parameter) in cases {
                let response = try await client.get(uri, token: harness.acme)
                #expect(response.status == .badRequest, "\(uri)")
                #expect((response.object["detail"] as? String)?.hasPrefix("\(parameter):") == true, "\(uri): \(response.text)")
            }
        }
    }

    @Test func unsupportedAcceptAnswers406() async throws {
        try await APIHarness.run { harness, client in
            let xml = try await client.get("/v1/accounts/ACME", token: harness.acme, headers: [.accept: "application/xml"])
            #expect(xml.status == .notAcceptable)
            let csv = try await client.get("/v1/accounts/ACME", token: harness.acme, headers: [.accept: "application/xml, text/csv;q=0.5"])
            #expect(csv.status == .ok && csv.headers[.contentType] == "text/csv; charset=utf-8")
        }
    }

    @Test func aTokenOverItsRateAnswers429WithRetryAfter() async throws {
        try await APIHarness.run(configure: { $0.rateBurst = 3; $0.ratePerSecond = 0.1 }) { harness, client in
            for _ in 0..<3 { #expect(try await client.get("/v1/accounts/ACME", token: harness.acme).status == .ok) }
            let limited = try await client.get("/v1/accounts/ACME", token: harness.acme)
            #expect(limited.status == .tooManyRequests)
            #expect((1...10).contains(Int(limited.headers[.retryAfter] ?? "") ?? 0)) // 1 request at 0.1/s
            // Another token has its own bucket.
            #expect(try await client.get("/v1/accounts/BETA", token: harness.beta).status == .ok)
        }
    }

    @Test func aCurrentETagAnswers304AndANewFactChangesIt() async throws {
        try await APIHarness.run { harness, client in
            let uri = "/v1/accounts/ACME/sla/daily?month=2026-11"
            let first = try await client.get(uri, token: harness.acme)
            let etag = try #require(first.headers[.eTag])
            #expect(first.headers[.callboardPosition] != nil)
            let again = try await client.get(uri, token: harness.acme, headers: [.ifNoneMatch: etag])
            #expect(again.status == .notModified && again.body.readableBytes == 0)
            let otherFormat = try await client.get(uri + "&format=csv", token: harness.acme, headers: [.ifNoneMatch: etag])
            #expect(otherFormat.status == .ok)
            _ = try await Importer(store: harness.store, actor: "test").importFile(
                .intervals, text: ExportWorld.intervals(["ACME-V"], count: 1, from: ExportWorld.utc("2026-11-20T00:00:00Z")),
                file: "late.csv")
            try await harness.settle()
            let changed = try await client.get(uri, token: harness.acme, headers: [.ifNoneMatch: etag])
            #expect(changed.status == .ok && changed.headers[.eTag] != etag)
        }
    }
}
