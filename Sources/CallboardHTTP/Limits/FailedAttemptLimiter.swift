import Synchronization

/// Limits requests without a valid token per client address: each refused token (missing,
/// malformed, unknown, expired, revoked) takes one from the address's bucket of `burst`,
/// refilled at `perSecond`; while the bucket is empty, every `/v1` request from the address
/// answers 429 with Retry-After before its token is looked up, so guessing tokens costs the
/// database nothing and takes forever.
///
/// Addresses are the TCP peer's: behind a proxy all clients share the proxy's address, so
/// there either raise the limit or put it in the proxy. Buckets live in memory, per process,
/// behind a lock (every `/v1` request asks, and must not hop to another executor for it).
final class FailedAttemptLimiter: Sendable {
    struct Limits: Sendable, Equatable {
        var perSecond: Double
        var burst: Double
    }

    private let limits: Limits
    private let buckets = Mutex<[String: (tokens: Double, updated: ContinuousClock.Instant)]>([:])
    /// Beyond this many addresses, full buckets are forgotten.
    static let maximumAddresses = 50_000

    init(_ limits: Limits) { self.limits = limits }

    /// The seconds `address` must wait before presenting a token again; nil when it may.
    func wait(for address: String, at now: ContinuousClock.Instant = .now) -> Int? {
        guard limits.burst > 0, let bucket = buckets.withLock({ $0[address] }) else { return nil }
        let tokens = refilled(bucket, at: now)
        guard tokens < 1 else { return nil }
        return max(1, Int(((1 - tokens) / limits.perSecond).rounded(.up)))
    }

    /// Counts one refused token from `address`.
    func recordFailure(from address: String, at now: ContinuousClock.Instant = .now) {
        guard limits.burst > 0 else { return }
        buckets.withLock { buckets in
            let tokens = buckets[address].map { refilled($0, at: now) } ?? limits.burst
            buckets[address] = (max(0, tokens - 1), now)
            if buckets.count > Self.maximumAddresses {
                buckets = buckets.filter { refilled($0.value, at: now) < limits.burst }
                if buckets.count > Self.maximumAddresses { buckets.removeAll() }
            }
        }
    }

    private func refilled(_ bucket: (tokens: Double, updated: ContinuousClock.Instant), at now: ContinuousClock.Instant) -> Double {
        let elapsed = now - bucket.updated
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return min(limits.burst, bucket.tokens + max(0, seconds) * limits.perSecond)
    }
}
