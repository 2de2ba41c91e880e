import Hummingbird
import Metrics

/// Counts every response by route and status and times it (until its body is written), in
/// the API's own metrics factory: `callboard_http_requests_total{route,method,status}` and
/// the histogram `callboard_http_request_duration_seconds{route}`. A request whose handling
/// throws is counted with the status its error answers (500 for any error without one), and
/// a body that fails after its headers went out is counted with the status sent and in
/// `callboard_http_responses_aborted_total{route}`.
struct RequestMetricsMiddleware: RouterMiddleware {
    typealias Context = ExportRequestContext

    let factory: any MetricsFactory

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let method = request.method.rawValue
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            record(route: context.endpointPath ?? "unmatched", method: method, status: status, started: started)
            throw error
        }
        let status = response.status.code
        let route = context.endpointPath ?? "unmatched"
        let body = response.body
        response.body = ResponseBody(contentLength: body.contentLength) { [factory] writer in
            do {
                let written = body
                try await written.write(writer)
            } catch {
                Counter(label: "callboard_http_responses_aborted_total", dimensions: [("route", route)], factory: factory).increment()
                record(route: route, method: method, status: status, started: started)
                throw error
            }
            record(route: route, method: method, status: status, started: started)
        }
        return response
    }

    private func record(route: String, method: String, status: Int, started: ContinuousClock.Instant) {
        Counter(label: "callboard_http_requests_total",
                dimensions: [("route", route), ("method", method), ("status", String(status))], factory: factory).increment()
        let elapsed = ContinuousClock.now - started
        Timer(label: "callboard_http_request_duration_seconds", dimensions: [("route", route)], factory: factory)
            .recordNanoseconds(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
    }
}
