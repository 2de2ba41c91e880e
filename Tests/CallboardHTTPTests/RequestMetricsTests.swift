@testable import CallboardHTTP
import Foundation
import Hummingbird
import HummingbirdTesting
import Prometheus
import Testing

/// The request counter counts what a handler throws with the status the error answers, 500
/// for an error without one (issue 11: `/metrics` never counted a 5xx, since the middleware
/// only counted responses that came back).
@Suite struct RequestMetricsTests {
    struct Broken: Error {}

    @Test func thrownErrorsAreCountedWithTheirFinalStatus() async throws {
        let registry = PrometheusCollectorRegistry()
        let router = Router(context: ExportRequestContext.self)
        router.add(middleware: RequestMetricsMiddleware(factory: PrometheusMetricsFactory(registry: registry)))
        router.get("/broken") { _, _ -> Response in throw Broken() }
        router.get("/conflict") { _, _ -> Response in throw HTTPError(.conflict) }
        router.get("/fine") { _, _ in "fine" }
        let statuses = try await Application(router: router).test(.live) { client in
            var statuses: [HTTPResponse.Status] = []
            for uri in ["/broken", "/conflict", "/fine", "/nowhere"] {
                statuses.append(try await client.execute(uri: uri, method: .get).status)
            }
            return statuses
        }
        #expect(statuses == [.internalServerError, .conflict, .ok, .notFound])
        var bytes: [UInt8] = []
        registry.emit(into: &bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#"callboard_http_requests_total{route="/broken",method="GET",status="500"} 1"#), "\(text)")
        #expect(text.contains(#"callboard_http_requests_total{route="/conflict",method="GET",status="409"} 1"#), "\(text)")
        #expect(text.contains(#"callboard_http_requests_total{route="/fine",method="GET",status="200"} 1"#), "\(text)")
        #expect(text.contains(#"callboard_http_requests_total{route="NotFound",method="GET",status="404"} 1"#), "\(text)")
    }
}
