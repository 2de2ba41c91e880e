import Hummingbird
import Metrics

/// Counts every response by route and status and times it (until its body is written), in
/// the API's own metrics factory: `callboard_http_requests_total{route,method,status}` and
/// the histogram `callboard_http_request_duration_seconds{route}`.
struct RequestMetricsMiddleware: RouterMiddleware {
    typealias Context = ExportRequestContext

    let factory: any MetricsFactory

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        var response = try await next(request, context)
        let status = response.status.code
        let route = context.endpointPath ?? "unmatched"
        let method = request.method.rawValue
        let body = response.body
        response.body = ResponseBody(contentLength: body.contentLength) { [factory] writer in
            let written = body
            try await written.write(writer)
            Counter(label: "callboard_http_requests_total",
                    dimensions: [("route", route), ("method", method), ("status", String(status))], factory: factory).increment()
            let elapsed = ContinuousClock.now - started
            Timer(label: "callboard_http_request_duration_seconds", dimensions: [("route", route)], factory: factory)
                .recordNanoseconds(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
        }
        return response
    }
}
