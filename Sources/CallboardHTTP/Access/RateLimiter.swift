import CallboardDomain
import Foundation

/// A token bucket per API token, in this process: each token may make `burst` requests at
/// once and `perSecond` a second on average. Beyond that the request answers 429 with
/// Retry-After. Buckets live in memory: several `serve` processes behind one proxy each
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

    /// Takes one request from the token's bucket; nil when allowed, else the seconds to wait.
    func admit(_ token: ApiTokenID, at now: ContinuousClock.Instant = .now) -> Int? {
        var bucket = buckets[token] ?? (limits.burst, now)
        let elapsed = Double((now - bucket.updated).components.attoseconds) / 1e18 + Double((now - bucket.updated).components.seconds)
        bucket.tokens = min(limits.burst, bucket.tokens + elapsed * limits.perSecond)
        bucket.updated = now
        defer { buckets[token] = bucket }
        guard bucket.tokens >= 1 else {
            return max(1, Int(((1 - bucket.tokens) / limits.perSecond).rounded(.up)))
        }
        bucket.tokens -= 1
        return nil
    }
}
