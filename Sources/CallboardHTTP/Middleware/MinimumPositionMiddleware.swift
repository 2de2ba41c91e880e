import CallboardProjections
import HTTPTypes
import Hummingbird

/// Read-your-writes for a client that has just written (an import whose position it knows):
/// `Callboard-Min-Position: 812:1046` (a checkpoint as `Callboard-Position` states it) or
/// `Callboard-Min-Position: 1046` (a position) makes the request's reads wait briefly for a
/// read replica that has applied it, else read the primary (``ReportReader/minimumPosition``).
/// A malformed value answers 400.
struct MinimumPositionMiddleware: RouterMiddleware {
    typealias Context = ExportRequestContext

    static let header = HTTPField.Name("Callboard-Min-Position")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let text = request.headers[Self.header] else { return try await next(request, context) }
        guard let minimum = MinimumPosition(text) else {
            return try ExportError(
                status: .badRequest, code: "bad_header",
                detail: "Callboard-Min-Position: expected a position (1046) or a checkpoint (812:1046), not \(QueryParameters.visible(text))"
            ).response(from: request, context: context)
        }
        return try await ReportReader.$minimumPosition.withValue(minimum) { try await next(request, context) }
    }
}
