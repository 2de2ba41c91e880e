import CallboardDomain
import EventStore
import Foundation
import Logging

/// A token bucket per API token, shared by every `serve` process on the same database: each
/// token may make `burst` requests at once and `perSecond` a second on average, whichever
/// server answers. Beyond that the request answers 429 with Retry-After. Every `/v1` answer
/// states the bucket in `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`
/// (``Decision``).
///
/// The buckets live in PostgreSQL (``SharedRateBuckets``). A server takes requests from a
/// token's bucket in leases of ``Limits/lease`` (one database call per lease, one for all the
/// token's requests waiting at that moment) and spends them locally; a refusal is remembered
/// until the shared bucket holds a whole request again, so a client hammering a refused
/// token costs no database call per request. Exactness: a request is granted only from
/// tokens already taken from the shared bucket, so over any span of T seconds a token gets at
/// most `burst + perSecond × T` requests plus the unspent leases, at most `lease − 1` per
/// server; with a lease of 1 (the default limits) the servers together behave exactly as one
/// bucket.
///
/// When the shared buckets cannot be reached (a database call fails or takes longer than
/// its deadline), each server limits on its own (``LocalRateBuckets``) for
/// ``unreachablePause`` before it tries the database again: the limit fails open to the
/// per-process one, never to no limit and never to refusing everyone.
actor RateLimiter {
    struct Limits: Sendable, Equatable {
        var perSecond: Double
        var burst: Double
        /// Seconds of the token's rate one server takes from the shared bucket at once (0:
        /// one request per database call).
        var leaseSeconds: Double

        init(perSecond: Double, burst: Double, leaseSeconds: Double = 0) {
            self.perSecond = perSecond
            self.burst = burst
            self.leaseSeconds = leaseSeconds
        }

        /// Requests one server takes from a token's shared bucket per database call when it
        /// runs out: what the bucket refills in `leaseSeconds`, at most a quarter of the
        /// bucket, at least one.
        var lease: Int {
            let refill = (perSecond * leaseSeconds).rounded(.down)
            let quarter = (burst / 4).rounded(.down)
            guard refill.isFinite, quarter.isFinite else { return 1 }
            return Int(max(1, min(refill, quarter, 1_000_000)))
        }

        /// The answer for a bucket holding `tokens` after this request, refused with `wait`
        /// seconds to wait (nil: granted).
        func decision(tokens: Double, wait: Double?) -> Decision {
            let level = min(max(0, tokens), burst)
            return Decision(
                limit: Int(burst), remaining: Int(level.rounded(.down)),
                reset: max(0, Int(((burst - level) / perSecond).rounded(.up))),
                retryAfter: wait.map { max(1, Int(min($0, 86_400).rounded(.up))) })
        }
    }

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

    /// How long a server limits on its own after the shared buckets could not be reached.
    static let unreachablePause: Duration = .seconds(5)
    /// How often a server deletes the shared buckets that have filled up again.
    static let pruneInterval: Duration = .seconds(300)

    /// One token's share of its bucket in this server: requests leased and not yet spent,
    /// the shared bucket's level at the last take, a refusal still in force, and the
    /// requests waiting for a take in flight.
    private struct Allowance {
        var leased = 0
        var level = 0.0
        var refusedUntil: ContinuousClock.Instant?
        var waiting: [CheckedContinuation<Decision, Never>] = []
        var taking = false
    }

    private let limits: Limits
    private let shared: SharedRateBuckets?
    private let logger: Logger
    private var fallback: LocalRateBuckets
    private var allowances: [ApiTokenID: Allowance] = [:]
    private var unreachableUntil: ContinuousClock.Instant?
    private var prunedAt = ContinuousClock.now

    /// A limiter on the `shared` buckets, or (nil) on this process's own only.
    init(_ limits: Limits, shared: SharedRateBuckets? = nil, logger: Logger = Logger(label: "callboard.rate-limit")) {
        self.limits = limits
        self.shared = shared
        self.logger = logger
        fallback = LocalRateBuckets(limits)
    }

    /// Takes one request from the token's bucket and says what is left.
    func decide(_ token: ApiTokenID) async -> Decision {
        let now = ContinuousClock.now
        if shared == nil || unreachableUntil.map({ now < $0 }) == true {
            return fallback.decide(token, at: now)
        }
        if var allowance = allowances[token] {
            if allowance.leased > 0 {
                allowance.leased -= 1
                allowances[token] = allowance
                return granted(allowance)
            }
            if let until = allowance.refusedUntil, now < until {
                return limits.decision(tokens: allowance.level, wait: Self.seconds(until - now))
            }
        }
        if allowances.count > 100_000 { allowances = allowances.filter { $0.value.taking } }
        return await withCheckedContinuation { continuation in
            allowances[token, default: Allowance()].waiting.append(continuation)
            takeIfIdle(token)
        }
    }

    private func granted(_ allowance: Allowance) -> Decision {
        limits.decision(tokens: allowance.level + Double(allowance.leased), wait: nil)
    }

    /// Starts a take for the token's waiting requests unless one is in flight: at least a
    /// lease, at least one request for each waiting.
    private func takeIfIdle(_ token: ApiTokenID) {
        guard let shared, var allowance = allowances[token], !allowance.taking, !allowance.waiting.isEmpty else { return }
        allowance.taking = true
        allowances[token] = allowance
        let want = max(limits.lease, allowance.waiting.count)
        let limits = limits
        Task {
            let outcome: Result<SharedRateBuckets.Take, any Error>
            do {
                outcome = .success(try await shared.take(token, want: want, limits: limits))
            } catch {
                outcome = .failure(error)
            }
            self.settle(token, want: want, outcome)
        }
    }

    /// Hands a take's requests to the waiting ones, in order; refuses the rest when the
    /// shared bucket ran dry, or takes again for those that came while it was in flight.
    private func settle(_ token: ApiTokenID, want: Int, _ outcome: Result<SharedRateBuckets.Take, any Error>) {
        guard var allowance = allowances[token] else { return }
        allowance.taking = false
        let now = ContinuousClock.now
        switch outcome {
        case .failure(let error):
            let waiting = allowance.waiting
            allowance.waiting = []
            allowances[token] = allowance
            if unreachableUntil.map({ now >= $0 }) ?? true {
                logger.warning("the shared rate limit cannot be reached; each server limits tokens on its own for a while", metadata: [
                    "error": "\(DatabaseErrorText.describe(error))", "pause": "\(Self.unreachablePause)",
                ])
            }
            unreachableUntil = now + Self.unreachablePause
            for continuation in waiting { continuation.resume(returning: fallback.decide(token, at: now)) }
        case .success(let take):
            if unreachableUntil != nil {
                unreachableUntil = nil
                logger.notice("the shared rate limit answers again")
            }
            allowance.leased += take.granted
            allowance.level = take.tokens
            allowance.refusedUntil = nil
            while allowance.leased > 0, !allowance.waiting.isEmpty {
                allowance.leased -= 1
                allowance.waiting.removeFirst().resume(returning: granted(allowance))
            }
            if !allowance.waiting.isEmpty, take.granted < want {
                // The bucket is dry: no request of this token is granted anywhere before it
                // holds a whole one again.
                let wait = max(0, 1 - take.tokens) / limits.perSecond
                allowance.refusedUntil = now + .seconds(wait)
                let refusal = limits.decision(tokens: take.tokens, wait: wait)
                for continuation in allowance.waiting { continuation.resume(returning: refusal) }
                allowance.waiting = []
            }
            allowances[token] = allowance
            takeIfIdle(token)
            pruneIfDue(at: now)
        }
    }

    private func pruneIfDue(at now: ContinuousClock.Instant) {
        guard let shared, now - prunedAt >= Self.pruneInterval else { return }
        prunedAt = now
        let (limits, logger) = (limits, logger)
        Task {
            do {
                try await shared.prune(limits: limits)
            } catch {
                logger.warning("pruning the shared rate limits failed", metadata: ["error": "\(DatabaseErrorText.describe(error))"])
            }
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
