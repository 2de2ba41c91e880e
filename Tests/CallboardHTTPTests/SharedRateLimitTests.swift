import CallboardDomain
@testable import CallboardHTTP
import EventStore
import Foundation
import Logging
import PostgresNIO
import PostgresTestSupport
import Testing

/// The per-token rate limit is one bucket in PostgreSQL for every `serve` process on the
/// database (issue 16 item 4): limiters standing for separate servers share it, leases never
/// let a token past its limit by more than a lease per server, a refused token costs no
/// database call until its bucket can grant again, and an unreachable database leaves each
/// server limiting on its own. Each "server" here is a ``RateLimiter`` of its own on its own
/// client; `ManyServersTests` runs real `serve` processes.
@Suite struct SharedRateLimitTests {
    static let token = ApiTokenID(rawValue: "tok_shared")

    static func limiters(_ count: Int, _ limits: RateLimiter.Limits, store: EventLog) -> [RateLimiter] {
        (0..<count).map { _ in
            RateLimiter(limits, shared: SharedRateBuckets(client: store.client, logger: TestDatabase.logger, deadline: .seconds(60)),
                        logger: TestDatabase.logger)
        }
    }

    /// Decides `requests` requests of `token`, all at once, spread round robin over `limiters`.
    static func hammer(_ limiters: [RateLimiter], requests: Int, token: ApiTokenID = token) async -> [RateLimiter.Decision] {
        await withTaskGroup(of: RateLimiter.Decision.self) { group in
            for index in 0..<requests {
                let limiter = limiters[index % limiters.count]
                group.addTask { await limiter.decide(token) }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
    }

    @Test func threeServersGrantABurstOnceBetweenThem() async throws {
        try await TestDatabase.withEventStore { store, _ in
            // Per process, each would grant the whole burst: 30 of the 45.
            let servers = Self.limiters(3, .init(perSecond: 0.001, burst: 10, leaseSeconds: 0), store: store)
            let decisions = await Self.hammer(servers, requests: 45)
            let granted = decisions.filter { $0.retryAfter == nil }
            let refused = decisions.filter { $0.retryAfter != nil }
            #expect(granted.count == 10 && refused.count == 35)
            #expect(refused.allSatisfy { $0.remaining == 0 && $0.limit == 10 && ($0.retryAfter ?? 0) >= 1 })
            // One after another, the remaining count each server states is the shared one.
            let sequential = Self.limiters(3, .init(perSecond: 0.001, burst: 4, leaseSeconds: 0), store: store)
            var remaining: [Int] = []
            for index in 0..<5 {
                let decision = await sequential[index % 3].decide(ApiTokenID(rawValue: "tok_sequential"))
                remaining.append(decision.retryAfter == nil ? decision.remaining : -1)
            }
            #expect(remaining == [3, 2, 1, 0, -1])
        }
    }

    @Test func leasesNeverLetATokenPastItsLimit() async throws {
        try await TestDatabase.withEventStore { store, _ in
            // Five requests per database call (what 0.001/s refills in 5000 s, under a quarter of 40).
            let limits = RateLimiter.Limits(perSecond: 0.001, burst: 40, leaseSeconds: 5000)
            #expect(limits.lease == 5)
            let servers = Self.limiters(3, limits, store: store)
            let decisions = await Self.hammer(servers, requests: 150)
            let granted = decisions.filter { $0.retryAfter == nil }.count
            // Never more than the bucket; at most a lease less one per server left unspent.
            #expect(granted <= 40 && granted >= 40 - 3 * 4, "granted \(granted)")
            // One after another round robin, every lease is spent: exactly the bucket.
            let sequential = Self.limiters(3, limits, store: store)
            var count = 0
            for index in 0..<90 where await sequential[index % 3].decide(ApiTokenID(rawValue: "tok_leased")).retryAfter == nil {
                count += 1
            }
            #expect(count == 40)
        }
    }

    @Test func aRefusedTokenCostsNoDatabaseCallUntilItsBucketCanGrantAgain() async throws {
        try await TestDatabase.withEventStore { store, database in
            let server = Self.limiters(1, .init(perSecond: 0.01, burst: 2, leaseSeconds: 0), store: store)[0]
            for _ in 0..<2 { #expect(await server.decide(Self.token).retryAfter == nil) }
            let refusal = await server.decide(Self.token)
            #expect(refusal.retryAfter.map { (90...100).contains($0) } == true, "\(refusal)")
            let taken = try await Self.updatedAt(Self.token, database)
            for _ in 0..<50 { #expect(await server.decide(Self.token).retryAfter != nil) }
            // The shared bucket was not touched again: the refusal was remembered.
            #expect(try await Self.updatedAt(Self.token, database) == taken)
        }
    }

    @Test func filledUpBucketsArePruned() async throws {
        try await TestDatabase.withEventStore { store, database in
            let buckets = SharedRateBuckets(client: store.client, logger: TestDatabase.logger, deadline: .seconds(60))
            let fast = RateLimiter.Limits(perSecond: 1_000_000, burst: 2)
            let slow = RateLimiter.Limits(perSecond: 0.001, burst: 2)
            #expect(try await buckets.take(ApiTokenID(rawValue: "tok_fast"), want: 1, limits: fast) == .init(granted: 1, tokens: 1))
            #expect(try await buckets.take(ApiTokenID(rawValue: "tok_slow"), want: 5, limits: slow) == .init(granted: 2, tokens: 0))
            #expect(try await buckets.take(ApiTokenID(rawValue: "tok_slow"), want: 1, limits: slow).granted == 0)
            try await Task.sleep(for: .milliseconds(20))
            // Under the slow limits neither bucket has filled up again; under the fast ones both have.
            #expect(try await buckets.prune(limits: slow) == 0)
            #expect(try await buckets.prune(limits: fast) == 2)
            #expect(try await Self.updatedAt(ApiTokenID(rawValue: "tok_slow"), database) == nil)
        }
    }

    @Test func anUnreachableDatabaseLeavesEachServerLimitingOnItsOwn() async throws {
        // A port nobody listens on: every take fails, the server falls back to its own buckets.
        let port = try ServeProcess.freePort()
        var configuration = PostgresClient.Configuration(
            host: "127.0.0.1", port: port, username: "callboard", password: nil, database: "callboard", tls: .disable)
        configuration.options.connectTimeout = .seconds(1)
        let client = PostgresClient(configuration: configuration, backgroundLogger: TestDatabase.logger)
        let logs = LogCapture()
        let logger = Logger(label: "rate-limit-test") { _ in logs.handler() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            let server = RateLimiter(
                .init(perSecond: 0.001, burst: 3, leaseSeconds: 0),
                shared: SharedRateBuckets(client: client, logger: logger, deadline: .milliseconds(500)), logger: logger)
            var decisions: [RateLimiter.Decision] = []
            for _ in 0..<5 { decisions.append(await server.decide(Self.token)) }
            // Fails open to the per-process bucket: the burst, then 429s; neither unlimited nor closed.
            #expect(decisions.map { $0.retryAfter == nil } == [true, true, true, false, false])
            #expect(decisions.map(\.remaining) == [2, 1, 0, 0, 0])
            #expect(logs.lines.filter { $0.message.contains("shared rate limit cannot be reached") }.count == 1)
            group.cancelAll()
        }
    }

    static func updatedAt(_ token: ApiTokenID, _ database: TestDatabase) async throws -> Date? {
        try await database.withAdministrator { admin in
            let rows = try await admin.query(
                "SELECT updated_at FROM api_rate_buckets WHERE token_id = \(token.rawValue)", logger: TestDatabase.logger)
            for try await updated in rows.decode(Date.self) { return updated }
            return nil
        }
    }
}
