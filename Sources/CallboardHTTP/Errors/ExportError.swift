import Hummingbird

/// Every refusal the export API answers, with its status, a stable code and a sentence for
/// the person reading it: `{"error": "not_found", "detail": "..."}`.
///
/// A resource of another account answers ``notFound`` exactly as one that does not exist:
/// same status, same body, so a token cannot even learn what else exists.
struct ExportError: HTTPResponseError, Equatable {
    let status: HTTPResponse.Status
    let code: String
    let detail: String
    var headers: HTTPFields = [:]

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = self.headers
        headers[.contentType] = "application/json; charset=utf-8"
        let body = "{\"error\":\(JSONText.quoted(code)),\"detail\":\(JSONText.quoted(detail))}\n"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    static let notFound = ExportError(status: .notFound, code: "not_found", detail: "No such resource.")

    static let methodNotAllowed = ExportError(
        status: .methodNotAllowed, code: "method_not_allowed", detail: "The export API is read-only: use GET or HEAD.",
        headers: [.allow: "GET, HEAD"])

    /// 401 with the challenge RFC 6750 asks for; `error="invalid_token"` unless no token came.
    static func unauthorized(_ detail: String, tokenPresented: Bool = true) -> ExportError {
        let challenge = tokenPresented
            ? "Bearer realm=\"callboard\", error=\"invalid_token\", error_description=\"\(detail)\""
            : "Bearer realm=\"callboard\""
        return ExportError(status: .unauthorized, code: "unauthorized", detail: detail, headers: [.wwwAuthenticate: challenge])
    }

    /// 400 naming the query parameter at fault.
    static func badParameter(_ name: String, _ problem: String) -> ExportError {
        ExportError(status: .badRequest, code: "bad_parameter", detail: "\(name): \(problem)")
    }

    static func notAcceptable(_ accept: String) -> ExportError {
        ExportError(
            status: .notAcceptable, code: "not_acceptable",
            detail: "cannot answer Accept: \(accept); offered: application/json, application/x-ndjson, text/csv")
    }

    static func tooManyRequests(retryAfter seconds: Int) -> ExportError {
        ExportError(
            status: .tooManyRequests, code: "rate_limited",
            detail: "too many requests for this token; retry after \(seconds) s", headers: [.retryAfter: "\(seconds)"])
    }
}
