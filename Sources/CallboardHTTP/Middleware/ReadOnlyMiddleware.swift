import Hummingbird

/// The API is read-only: any method but GET and HEAD answers 405 with `Allow: GET, HEAD`,
/// on every path, before anything else is looked at.
struct ReadOnlyMiddleware: RouterMiddleware {
    typealias Context = ExportRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return try ExportError.methodNotAllowed.response(from: request, context: context)
        }
        return try await next(request, context)
    }
}
