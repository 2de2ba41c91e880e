import HTTPTypes
import Hummingbird

/// Gives every request an id and every response the `X-Request-Id` header: the client's own
/// when it sent a sane one (1 to 128 letters, digits, `-`, `_`, `.`, `:`), else one generated
/// here. The id is in every JSON error body and in the log lines of the request (metadata
/// `request_id`), so a 500 a client reports can be found in the log.
struct RequestIDMiddleware: RouterMiddleware {
    typealias Context = ExportRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let sent = request.headers[.xRequestID], Self.isSane(sent) { context.requestID = sent }
        context.logger[metadataKey: "request_id"] = .string(context.requestID)
        var response = try await next(request, context)
        response.headers[.xRequestID] = context.requestID
        return response
    }

    /// Whether a client's request id may be echoed and logged as it is.
    static func isSane(_ id: String) -> Bool {
        (1...128).contains(id.utf8.count) && id.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"): true
            default: false
            }
        }
    }
}

extension HTTPField.Name {
    static let xRequestID = HTTPField.Name("X-Request-Id")!
}
