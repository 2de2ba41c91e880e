@testable import CallboardHTTP
import Foundation
import HummingbirdTesting
import PostgresTestSupport
import Testing

/// Health, readiness, metrics and the OpenAPI document the router is held against.
@Suite struct OperationsTests {
    @Test func healthReadinessAndMetrics() async throws {
        try await APIHarness.run { harness, client in
            #expect(try await client.get("/healthz", token: nil).status == .ok)
            let ready = try await client.get("/readyz", token: nil)
            #expect(ready.status == .ok && ready.object["status"] as? String == "ready")
            _ = try await client.get("/v1/accounts/ACME", token: harness.acme)
            _ = try await client.get("/v1/accounts/ACME", token: nil)
            let metrics = try await client.get("/metrics", token: nil)
            #expect(metrics.status == .ok)
            #expect(metrics.text.contains(#"callboard_http_requests_total{route="/v1/accounts/{account}",method="GET",status="200"} 1"#))
            #expect(metrics.text.contains(#"callboard_http_requests_total{route="/v1/accounts/{account}",method="GET",status="401"} 1"#))
            #expect(metrics.text.contains("callboard_http_request_duration_seconds_bucket{"))
            #expect(metrics.text.contains(#"callboard_projection_lag_seconds{projection="queue_intervals"} 0"#))
        }
    }

    @Test func readinessFailsWithTheReasonWhileReadModelsAreMissing() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var configuration = ExportAPIConfiguration()
            configuration.readinessDatabaseTimeoutSeconds = 60 // a busy test server is not an unreachable one
            let api = ExportAPI(store: store, configuration: configuration, logger: TestDatabase.logger)
            try await api.application().test(.live) { client in
                let response = try await client.execute(uri: "/readyz", method: .get)
                #expect(response.status == .serviceUnavailable)
                #expect(String(buffer: response.body).contains("projection client_accounts: not installed"))
            }
        }
    }

    @Test func theDocumentListsExactlyTheRoutesServed() async throws {
        try await APIHarness.run { harness, client in
            let response = try await client.get("/openapi.json", token: nil)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            #expect(Set(paths.keys) == Set(ExportAPI.paths))
            for (path, operations) in paths {
                #expect(Set(operations.keys) == ["get"], "\(path) documents only GET")
                // Every documented path is routed: without a token /v1 answers 401, not 404.
                let served = try await client.get(path.replacingOccurrences(of: "{account}", with: "ACME"), token: nil)
                #expect(served.status == (path.hasPrefix("/v1/") ? .unauthorized : .ok), "\(path)")
            }
        }
    }

    @Test func theDocumentIsValidOpenAPI() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("callboard-openapi-\(UUID()).json")
        try OpenAPIDocument.data().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try await ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-m", "openapi_spec_validator", file.path], mergingErrors: true)
        #expect(run.status == 0, "openapi-spec-validator: \(run.output)")
    }
}
