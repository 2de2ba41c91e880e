import EventStore
import Hummingbird
import Logging

/// Whatever goes wrong below it, the client gets a status it can act on and a JSON body with
/// the request id, and the log gets the cause: an ``ExportError`` answers as itself, an
/// error with a status of its own (Hummingbird's 404 for an unknown path) answers that
/// status in JSON, a database that did not answer in time or whose connection was lost
/// answers 503 with `Retry-After` (the client should simply try again), and anything else
/// answers 500 after logging the cause under the request id. A body that fails after its headers went out (a streamed export whose database read
/// fails, or a client that goes away) is logged the same way; the connection then closes
/// so the client sees a truncated answer, never a silently short one.
struct ErrorBoundaryMiddleware: RouterMiddleware {
    typealias Context = ExportRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as ExportError {
            return try error.response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            if error.status.code >= 500 { Self.log(error, request, context, "request failed") }
            let headers = (error as? HTTPError)?.headers ?? [:]
            return try ExportError.status(error.status, headers: headers).response(from: request, context: context)
        } catch let error as DatabaseInterruption {
            Self.log(error, request, context, "database unavailable", level: .warning)
            return try ExportError.databaseUnavailable.response(from: request, context: context)
        } catch {
            Self.log(error, request, context, "request failed")
            return try ExportError.internalError.response(from: request, context: context)
        }
        let body = response.body
        response.body = ResponseBody(contentLength: body.contentLength) { writer in
            do {
                let written = body
                try await written.write(writer)
            } catch {
                Self.log(error, request, context, "response body failed after its headers were sent", level: .warning)
                throw error
            }
        }
        return response
    }

    static func log(_ error: any Error, _ request: Request, _ context: Context, _ message: Logger.Message,
                    level: Logger.Level = .error) {
        context.logger.log(level: level, message, metadata: [
            "request_id": .string(context.requestID), "method": .string(request.method.rawValue),
            "route": .string(context.endpointPath ?? "unmatched"), "path": .string(request.uri.path),
            "error": .string(String(reflecting: error)),
        ])
    }
}
