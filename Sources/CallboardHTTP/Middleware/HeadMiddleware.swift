import Hummingbird

/// Answers HEAD with exactly the GET's status and headers and no body: the GET's
/// `Content-Length` when it has one (every buffered answer), none when the GET streams
/// (NIO then announces the GET's chunked transfer coding and sends no body). The body is
/// never produced, so a HEAD of a streamed export reads nothing from the database.
///
/// Hummingbird's own HEAD endpoints answer `Content-Length: 0` for a streamed GET; the router
/// registers HEAD routes itself instead.
struct HeadMiddleware: RouterMiddleware {
    typealias Context = ExportRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let response = try await next(request, context)
        guard request.method == .head else { return response }
        return Response(status: response.status, headers: response.headers, body: ResponseBody(contentLength: nil) { writer in
            try await writer.finish(nil)
        })
    }
}
