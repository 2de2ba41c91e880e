import CallboardReports
import Hummingbird

/// Every refusal the export API answers, with its status, a stable code and a sentence for
/// the person reading it, and the request's id to quote when asking about it:
/// `{"error": "not_found", "detail": "...", "request_id": "..."}`.
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
        let requestID = (context as? ExportRequestContext)?.requestID ?? ""
        let body = "{\"error\":\(JSONText.quoted(code)),\"detail\":\(JSONText.quoted(detail))"
            + ",\"request_id\":\(JSONText.quoted(requestID))}\n"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    static let notFound = ExportError(status: .notFound, code: "not_found", detail: "No such resource.")

    static let methodNotAllowed = ExportError(
        status: .methodNotAllowed, code: "method_not_allowed", detail: "The export API is read-only: use GET or HEAD.",
        headers: [.allow: "GET, HEAD"])

    /// 500: the cause is in the log under the request id, never in the answer.
    static let internalError = ExportError(
        status: .internalServerError, code: "internal_error",
        detail: "The server could not answer this request; its cause is logged under the request id.")

    /// 503: the database did not answer within its deadline or its connection was lost;
    /// nothing is wrong with the request, so the client retries after a few seconds.
    static let databaseUnavailable = ExportError(
        status: .serviceUnavailable, code: "database_unavailable",
        detail: "The database did not answer in time; retry shortly. The cause is logged under the request id.",
        headers: [.retryAfter: "5"])

    /// 401 with the challenge RFC 6750 asks for; `error="invalid_token"` unless no token came.
    static func unauthorized(_ detail: String, tokenPresented: Bool = true) -> ExportError {
        let challenge = tokenPresented
            ? "Bearer realm=\"callboard\", error=\"invalid_token\", error_description=\"\(detail)\""
            : "Bearer realm=\"callboard\""
        return ExportError(status: .unauthorized, code: "unauthorized", detail: detail, headers: [.wwwAuthenticate: challenge])
    }

    /// 400 naming the query parameter at fault.
    static func badParameter(_ name: String, _ problem: String) -> ExportError {
        let detail = "\(name): \(problem)"
        return ExportError(
            status: .badRequest, code: "bad_parameter", detail: detail.count > 500 ? String(detail.prefix(500)) + "..." : detail)
    }

    static func notAcceptable(_ accept: String) -> ExportError {
        ExportError(
            status: .notAcceptable, code: "not_acceptable",
            detail: "cannot answer Accept: \(QueryParameters.visible(accept)); offered: application/json, application/x-ndjson, text/csv")
    }

    static func tooManyRequests(retryAfter seconds: Int) -> ExportError {
        ExportError(
            status: .tooManyRequests, code: "rate_limited",
            detail: "too many requests for this token; retry after \(seconds) s", headers: [.retryAfter: "\(seconds)"])
    }

    /// 429 for a long export beyond the token's or the server's share of long exports.
    static func tooManyLongExports(_ detail: String, retryAfter seconds: Int) -> ExportError {
        ExportError(
            status: .tooManyRequests, code: "too_many_long_exports",
            detail: "\(detail); retry after \(seconds) s, or page it with limit and cursor",
            headers: [.retryAfter: "\(seconds)"])
    }

    /// 429 for an address that presented too many refused tokens.
    static func tooManyFailedAttempts(retryAfter seconds: Int) -> ExportError {
        ExportError(
            status: .tooManyRequests, code: "too_many_failed_attempts",
            detail: "too many requests without a valid token from this address; retry after \(seconds) s",
            headers: [.retryAfter: "\(seconds)"])
    }

    /// The JSON answer to an error Hummingbird or NIO raised with a status of its own.
    static func status(_ status: HTTPResponse.Status, headers: HTTPFields = [:]) -> ExportError {
        if status == .notFound { return notFound }
        let code = status.reasonPhrase.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: "_")
        return ExportError(status: status, code: code.isEmpty ? "http_\(status.code)" : code,
                           detail: "\(status.code) \(status.reasonPhrase)", headers: headers)
    }
}
