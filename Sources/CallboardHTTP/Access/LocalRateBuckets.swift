import CallboardDomain

/// Per-token token buckets in this process's memory: the rate limit's fallback while the
/// shared buckets in PostgreSQL cannot be reached (``RateLimiter``). Each process then grants
/// each token the full rate on its own, so N servers behind one address allow up to N times
/// the limit until the database answers again.
struct LocalRateBuckets: Sendable {
    private let limits: RateLimiter.Limits
    private var buckets: [ApiTokenID: (tokens: Double, updated: ContinuousClock.Instant)] = [:]

    init(_ limits: RateLimiter.Limits) { self.limits = limits }

    /// Takes one request from the token's bucket and says what is left.
    mutating func decide(_ token: ApiTokenID, at now: ContinuousClock.Instant) -> RateLimiter.Decision {
        if buckets.count > 100_000 { buckets.removeAll() }
        var bucket = buckets[token] ?? (limits.burst, now)
        bucket.tokens = min(limits.burst, bucket.tokens + RateLimiter.seconds(now - bucket.updated) * limits.perSecond)
        bucket.updated = now
        defer { buckets[token] = bucket }
        let refused = bucket.tokens < 1
        let wait = refused ? (1 - bucket.tokens) / limits.perSecond : nil
        if !refused { bucket.tokens -= 1 }
        return limits.decision(tokens: bucket.tokens, wait: wait)
    }
}
