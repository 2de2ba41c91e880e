import Hummingbird

/// Lets a `/v1` request through only with a valid bearer token (else 401), within the
/// token's rate limit (else 429), and only to the token's own account: any other account
/// in the path answers 404, exactly like an account that does not exist.
struct TokenMiddleware: RouterMiddleware {
    typealias Context = ExportRequestContext

    let authority: TokenAuthority
    let limiter: RateLimiter

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            let grant = try await authority.grant(authorization: request.headers[.authorization])
            if let wait = await limiter.admit(grant.tokenID) { throw ExportError.tooManyRequests(retryAfter: wait) }
            guard context.parameters.get("account") == grant.accountID.rawValue else { throw ExportError.notFound }
            var context = context
            context.grant = grant
            return try await next(request, context)
        } catch let error as ExportError {
            return try error.response(from: request, context: context)
        }
    }
}
