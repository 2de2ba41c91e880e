import CallboardDomain
import EventStore
import Logging
import PostgresNIO

/// The per-token token buckets every `serve` process on one database shares, kept in
/// PostgreSQL (`api_rate_buckets`, `schema/0020_shared_rate_limits.sql`): one call takes a
/// number of requests from a token's bucket and says how many it granted and what is left.
/// The row lock of that one statement orders concurrent takes from all servers, so a
/// request granted here was granted nowhere else.
struct SharedRateBuckets: Sendable {
    let client: PostgresClient
    let logger: Logger
    /// How long a take may keep a request waiting before the limiter falls back to its own
    /// buckets (the database is then counted as unreachable for a while).
    let deadline: Duration

    /// What one take left: requests granted (0 to `want`) and the bucket's level after.
    struct Take: Sendable, Equatable {
        let granted: Int
        let tokens: Double
    }

    /// `take_rate_tokens` returned no row (it always returns one).
    struct NoAnswer: Error {}

    /// Takes up to `want` requests from `token`'s bucket under `limits`.
    func take(_ token: ApiTokenID, want: Int, limits: RateLimiter.Limits) async throws -> Take {
        let (client, logger) = (client, logger)
        return try await DatabaseDeadline.run("taking from the shared rate limit of a token", within: deadline, logger: logger) {
            let rows = try await client.query(
                "SELECT granted, tokens FROM take_rate_tokens(\(token.rawValue), \(limits.perSecond), \(limits.burst), \(Int32(clamping: want)))",
                logger: logger)
            for try await (granted, tokens) in rows.decode((Int32, Double).self) {
                return Take(granted: Int(granted), tokens: tokens)
            }
            throw NoAnswer()
        }
    }

    /// Deletes the buckets that have filled up again (they say nothing an absent row does not).
    @discardableResult
    func prune(limits: RateLimiter.Limits) async throws -> Int {
        let (client, logger) = (client, logger)
        return try await DatabaseDeadline.run("pruning the shared rate limits", within: deadline, logger: logger) {
            let rows = try await client.query(
                "SELECT prune_rate_buckets(\(limits.perSecond), \(limits.burst))", logger: logger)
            for try await count in rows.decode(Int64.self) { return Int(count) }
            return 0
        }
    }
}
