import CallboardDomain
import Foundation

/// A token bucket per API token, in this process: each token may make `burst` requests at
/// once and `perSecond` a second on average. Beyond that the request answers 429 with
/// Retry-After. Every `/v1` answer states the bucket in `RateLimit-Limit`, `RateLimit-Remaining`
/// and `RateLimit-Reset` (``Decision``). Buckets live in memory: several `serve` processes behind one proxy each
/// grant the full rate (put the limit in the proxy to share it).
actor RateLimiter {
    struct Limits: Sendable, Equatable {
        var perSecond: Double
        var burst: Double

        init(perSecond: Double, burst: Double) {
            self.perSecond = perSecond
            self.burst = burst
        }
    }

    private let limits: Limits
    private var buckets: [ApiTokenID: (tokens: Double, updated: ContinuousClock.Instant)] = [:]

    init(_ limits: Limits) { self.limits = limits }

    /// What a request's take from its bucket left: the IETF rate-limit header fields
    /// (draft-ietf-httpapi-ratelimit-headers) every `/v1` answer carries, and the wait when
    /// the request is refused.
    struct Decision: Sendable, Equatable {
        /// The bucket's size: requests that may be made at once.
        let limit: Int
        /// Requests that may still be made at once.
        let remaining: Int
        /// Seconds until the bucket is full again.
        let reset: Int
        /// Nil when allowed, else the seconds to wait (Retry-After).
        let retryAfter: Int?
    }

    /// Takes one request from the token's bucket; nil when allowed, else the seconds to wait.
    func admit(_ token: ApiTokenID, at now: ContinuousClock.Instant = .now) -> Int? {
        decide(token, at: now).retryAfter
    }

    /// Takes one request from the token's bucket and says what is left.
    func decide(_ token: ApiTokenID, at now: ContinuousClock.Instant = .now) -> Decision {
        var bucket = buckets[token] ?? (limits.burst, now)
        let elapsed = Double((now - bucket.updated).components.attoseconds) / 1e18 + Double((now - bucket.updated).components.seconds)
        bucket.tokens = min(limits.burst, bucket.tokens + elapsed * limits.perSecond)
        bucket.updated = now
        defer { buckets[token] = bucket }
        let refused = bucket.tokens < 1
        let wait = refused ? max(1, Int(((1 - bucket.tokens) / limits.perSecond).rounded(.up))) : nil
        if !refused { bucket.tokens -= 1 }
        let full = Int(((limits.burst - bucket.tokens) / limits.perSecond).rounded(.up))
        return Decision(
            limit: Int(limits.burst), remaining: max(0, Int(bucket.tokens.rounded(.down))), reset: max(0, full), retryAfter: wait)
    }
}
