@testable import CallboardHTTP
import Foundation
import HTTPTypes
import HummingbirdTesting
import PostgresNIO
import PostgresTestSupport
import Testing

/// Every answer is one a client can act on: JSON errors with the request id, unknown paths a
/// JSON 404, HEAD with the GET's length, parameters checked before `If-None-Match`, and a
/// failure inside the server a JSON 500 whose cause is logged under the request id and
/// counted in `/metrics` (issue 11, item 5).
@Suite struct AnswerFormTests {
    @Test func unknownPathsAnswerAJSON404AndWritesAJSON405() async throws {
        try await APIHarness.run { harness, client in
            for path in ["/nope", "/v2/accounts/ACME", "/v1/accounts/ACME/nope", "/v1/accounts/ACME/intervals/x", "/"] {
                let response = try await client.get(path, token: harness.acme)
                #expect(response.status == .notFound, "\(path)")
                #expect(response.headers[.contentType] == "application/json; charset=utf-8", "\(path)")
                #expect(response.object["error"] as? String == "not_found", "\(path): \(response.text)")
                #expect(response.headers[.xRequestID] != nil)
            }
            let head = try await client.get("/nope", token: nil, method: .head)
            #expect(head.status == .notFound && head.body.readableBytes == 0)
            let post = try await client.get("/v1/accounts/ACME/intervals", token: harness.acme, method: .post)
            #expect(post.status == .methodNotAllowed && post.object["error"] as? String == "method_not_allowed")
            #expect(post.headers[.allow] == "GET, HEAD")
        }
    }

    @Test func headAnswersWithTheGetsHeadersAndLength() async throws {
        try await APIHarness.run { harness, client in
            for uri in ["/v1/accounts/ACME", "/v1/accounts/ACME/sla/daily?month=2026-11&format=csv",
                        "/v1/accounts/ACME/intervals?from=2026-11-01&to=2026-11-02&limit=7", "/healthz", "/openapi.json",
                        "/v1/accounts/ACME/intervals?from=2026-11-01", "/nope"] {
                let get = try await client.get(uri, token: harness.acme)
                let head = try await client.get(uri, token: harness.acme, method: .head)
                #expect(head.status == get.status, "\(uri)")
                #expect(head.body.readableBytes == 0, "\(uri)")
                #expect(get.headers[.contentLength] == String(get.body.readableBytes), "\(uri)")
                #expect(head.headers[.contentLength] == get.headers[.contentLength], "\(uri)")
                #expect(head.headers[.contentType] == get.headers[.contentType], "\(uri)")
                #expect(head.headers[.eTag] == get.headers[.eTag], "\(uri)")
            }
            // A streamed export states no length: neither does its HEAD (not "Content-Length: 0").
            let streamed = "/v1/accounts/ACME/intervals?from=2026-11-01&to=2026-11-02"
            let get = try await client.get(streamed, token: harness.acme)
            let head = try await client.get(streamed, token: harness.acme, method: .head)
            #expect(get.headers[.contentLength] == nil && get.body.readableBytes > 0)
            #expect(head.status == .ok && head.headers[.contentLength] == nil && head.body.readableBytes == 0)
            #expect(try await client.get("/healthz", token: nil).status == .ok) // the connection still frames answers
        }
    }

    @Test func parametersAreCheckedBeforeIfNoneMatch() async throws {
        try await APIHarness.run { harness, client in
            let good = "/v1/accounts/ACME/sla/daily?month=2026-11"
            let etag = try #require(try await client.get(good, token: harness.acme).headers[.eTag])
            #expect(try await client.get(good, token: harness.acme, headers: [.ifNoneMatch: "*"]).status == .notModified)
            #expect(try await client.get(good, token: harness.acme, headers: [.ifNoneMatch: etag]).status == .notModified)
            for (uri, parameter) in [("/v1/accounts/ACME/sla/daily?month=2026-13", "month"), ("/v1/accounts/ACME/sla/daily", "month"),
                                     ("/v1/accounts/ACME/intervals?from=2026-11-01&to=2026-11-01&limit=0", "limit"),
                                     ("/v1/accounts/ACME/coverage?date=x", "date"), ("/v1/accounts/ACME/changes?cursor=x", "cursor"),
                                     ("/v1/accounts/ACME/certified-headcount?expiring_within_days=0", "expiring_within_days"),
                                     ("/v1/accounts/ACME/peak-plan?season=x", "season")] {
                let response = try await client.get(uri, token: harness.acme, headers: [.ifNoneMatch: "*"])
                #expect(response.status == .badRequest, "\(uri): \(response.status)")
                #expect((response.object["detail"] as? String)?.hasPrefix("\(parameter):") == true, "\(uri): \(response.text)")
            }
        }
    }

    @Test func everyAnswerCarriesARequestIDEchoedWhenSane() async throws {
        try await APIHarness.run { harness, client in
            let generated = try await client.get("/v1/accounts/ACME", token: harness.acme)
            let first = try #require(generated.headers[.xRequestID])
            #expect(!first.isEmpty)
            #expect(try await client.get("/v1/accounts/ACME", token: harness.acme).headers[.xRequestID] != first)
            let echoed = try await client.get("/v1/accounts/ACME/sla/daily", token: harness.acme, headers: [.xRequestID: "bi-run-42.7"])
            #expect(echoed.headers[.xRequestID] == "bi-run-42.7" && echoed.object["request_id"] as? String == "bi-run-42.7")
            let insane = try await client.get("/v1/accounts/ACME", token: nil, headers: [.xRequestID: String(repeating: "x", count: 200)])
            #expect(insane.status == .unauthorized)
            #expect(insane.headers[.xRequestID]?.count ?? 0 <= 128 && insane.headers[.xRequestID] != nil)
            #expect(insane.object["request_id"] as? String == insane.headers[.xRequestID])
        }
    }

    @Test func aFailureInsideAnswersAJSON500LoggedWithItsCauseAndCounted() async throws {
        try await APIHarness.run { harness, client in
            // The interval read model's table goes missing under a running server.
            try await harness.store.client.query("ALTER TABLE rm_queue_intervals.intervals RENAME TO intervals_gone",
                                                 logger: TestDatabase.logger)
            let uri = "/v1/accounts/ACME/intervals?from=2026-11-01&to=2026-11-02&limit=5"
            let response = try await client.get(uri, token: harness.acme, headers: [.xRequestID: "trace-500"])
            #expect(response.status == .internalServerError)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            #expect(response.object["error"] as? String == "internal_error")
            #expect(response.object["request_id"] as? String == "trace-500")
            let logged = harness.logs.lines.filter { $0.level >= .error && $0.metadata["request_id"] == "trace-500" }
            #expect(logged.count == 1, "\(harness.logs.lines.map(\.message))")
            #expect(logged.first?.metadata["error"]?.contains("intervals") == true, "\(logged.first?.metadata ?? [:])")
            let metrics = try await client.get("/metrics", token: nil).text
            #expect(metrics.contains(#"callboard_http_requests_total{route="/v1/accounts/{account}/intervals",method="GET",status="500"} 1"#),
                    "\(metrics)")
            _ = try await client.get("/nope", token: nil)
            #expect(try await client.get("/metrics", token: nil).text.contains(#"method="GET",status="404"} 1"#))
        }
    }
}
