import Foundation
import HTTPTypes
import Hummingbird

/// Lets a `/v1` request through only with a valid bearer token (else 401), within the
/// token's rate limit (else 429; every answer past the token check states the limit in
/// `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`), and only to the token's own account: any other account
/// in the path answers 404, exactly like an account that does not exist. An address that
/// has presented too many refused tokens answers 429 before its token is even looked up
/// (``FailedAttemptLimiter``).
struct TokenMiddleware: RouterMiddleware {
    typealias Context = ExportRequestContext

    let authority: TokenAuthority
    let limiter: RateLimiter
    let failedAttempts: FailedAttemptLimiter
    let trustForwardedFor: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let address = clientAddress(request, context)
        do {
            if let address, let wait = failedAttempts.wait(for: address) {
                throw ExportError.tooManyFailedAttempts(retryAfter: wait)
            }
            let grant: TokenAuthority.Grant
            do {
                grant = try await authority.grant(authorization: request.headers[.authorization])
            } catch let refusal as ExportError {
                if let address { failedAttempts.recordFailure(from: address) }
                throw refusal
            }
            let decision = await limiter.decide(grant.tokenID)
            var response: Response
            do {
                if let wait = decision.retryAfter { throw ExportError.tooManyRequests(retryAfter: wait) }
                guard context.parameters.get("account") == grant.accountID.rawValue else { throw ExportError.notFound }
                var context = context
                context.grant = grant
                response = try await next(request, context)
            } catch let error as ExportError {
                response = try error.response(from: request, context: context)
            }
            response.headers[.rateLimitLimit] = String(decision.limit)
            response.headers[.rateLimitRemaining] = String(decision.remaining)
            response.headers[.rateLimitReset] = String(decision.reset)
            return response
        } catch let error as ExportError {
            return try error.response(from: request, context: context)
        }
    }

    /// Who failed attempts are counted against: the TCP peer, or behind a trusted local
    /// proxy the last `X-Forwarded-For` address (the one the proxy appended).
    func clientAddress(_ request: Request, _ context: Context) -> String? {
        guard trustForwardedFor, let peer = context.clientAddress, peer == "127.0.0.1" || peer == "::1",
              let forwarded = request.headers[.xForwardedFor]?.split(separator: ",").last else {
            return context.clientAddress
        }
        let address = forwarded.trimmingCharacters(in: .whitespaces)
        return address.isEmpty || address.count > 64 ? context.clientAddress : address
    }
}

extension HTTPField.Name {
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let rateLimitLimit = HTTPField.Name("RateLimit-Limit")!
    static let rateLimitRemaining = HTTPField.Name("RateLimit-Remaining")!
    static let rateLimitReset = HTTPField.Name("RateLimit-Reset")!
}
