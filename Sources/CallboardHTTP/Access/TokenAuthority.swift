import CallboardDomain
import CallboardOperations
import CallboardProjections
import Foundation
import Logging
import PostgresNIO
import Synchronization

/// Who a request's bearer token lets in: exactly one client account, or nobody (401).
///
/// Token records come from the `api_tokens` read model and are kept for `cacheSeconds`
/// (0: looked up on every request), so a revocation takes effect within that time plus the
/// projection's lag (milliseconds while `serve` runs the projections). A token id with no
/// record is remembered as unknown for `unknownCacheSeconds`, so a client repeating a wrong
/// token costs one lookup, not one per request.
///
/// A lock, not an actor: a cached record is a dictionary read on every request (no hop to
/// another executor and back); a lookup runs outside the lock.
final class TokenAuthority: Sendable {
    /// What a valid token grants.
    struct Grant: Sendable, Equatable {
        let tokenID: ApiTokenID
        let accountID: AccountID
    }

    private let client: PostgresClient
    private let logger: Logger
    private let cacheSeconds: Double
    private let unknownCacheSeconds: Double
    private let cache = Mutex<[ApiTokenID: (record: ApiTokenRecord?, fetched: Date)]>([:])

    init(client: PostgresClient, cacheSeconds: Double, unknownCacheSeconds: Double, logger: Logger) {
        self.client = client
        self.cacheSeconds = cacheSeconds
        self.unknownCacheSeconds = unknownCacheSeconds
        self.logger = logger
    }

    /// The grant of the `Authorization` header's bearer token at `now`, or why not.
    func grant(authorization: String?, now: Date = Date()) async throws -> Grant {
        guard let authorization, !authorization.isEmpty else {
            throw ExportError.unauthorized("a bearer token is required", tokenPresented: false)
        }
        guard let token = AuthorizationHeader.bearerToken(authorization) else {
            throw ExportError.unauthorized("the bearer token is malformed")
        }
        guard let record = try await record(token.id, now: now), token.matches(storedHash: record.secretSHA256) else {
            throw ExportError.unauthorized("the bearer token is not known")
        }
        if let revoked = record.revokedAt, revoked <= now { throw ExportError.unauthorized("the bearer token was revoked") }
        if let expires = record.expiresAt, expires <= now { throw ExportError.unauthorized("the bearer token has expired") }
        return Grant(tokenID: record.tokenID, accountID: record.accountID)
    }

    private func record(_ id: ApiTokenID, now: Date) async throws -> ApiTokenRecord? {
        if let cached = cache.withLock({ $0[id] }),
           now.timeIntervalSince(cached.fetched) < (cached.record == nil ? unknownCacheSeconds : cacheSeconds) {
            return cached.record
        }
        let record = try await ApiTokenRecord.find(id, client: client, logger: logger)
        if (record == nil ? unknownCacheSeconds : cacheSeconds) > 0 {
            cache.withLock { cache in
                if let kept = cache[id], kept.fetched > now { return }
                if cache.count > 10_000 { cache.removeAll() }
                cache[id] = (record, now)
            }
        }
        return record
    }
}
