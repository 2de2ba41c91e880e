import EventStore
import Logging
import PostgresNIO
import Synchronization

extension ProjectionEngine {
    /// What a leadership session reacts to: its clock (try the locks not held, check those
    /// held), and a follower that stopped (release its lock).
    enum LeadershipSignal: Sendable {
        case tick
        case ended(index: Int)
    }

    /// Holds one leadership session at a time, on a connection from `sessions`, and leads
    /// from it every projection whose lock it wins; stands by and opens a fresh session
    /// after one is lost.
    func lead(on sessions: PostgresClient, _ plan: LeadershipPlan) async throws {
        let deadlines = store.configuration.deadlines
        while !Task.isCancelled {
            do {
                // Watched: if the server ends the session, leading stops at once (the locks
                // went with it, a standby may lead now).
                try await sessions.withConnection(
                    "holding the projection leader locks", within: nil, connectWithin: deadlines.connect, logger: logger
                ) { [self] connection in
                    // The locks end with the session: it is closed, never handed back to the
                    // pool still holding them.
                    let locks = LeaderLocks(connection: connection, deadline: deadlines.statement, logger: logger)
                    do {
                        try await leadAll(with: locks, plan)
                    } catch {
                        try? await connection.close()
                        throw error
                    }
                    try? await connection.close()
                }
            } catch is CancellationError {
                return
            } catch {
                if Task.isCancelled { return }
                logger.error("projection runner lost its leadership session; every projection released, standing by", metadata: [
                    "error": "\(DatabaseErrorText.describe(error))",
                ])
            }
            try? await Task.sleep(for: plan.standbyRetry)
        }
    }

    /// One leadership session: on each tick, takes the free locks and starts following
    /// their projections, and checks that the locks of those it follows are still held;
    /// releases a projection's lock when its follower stops, and tries it again only after
    /// `standbyRetry` (a standby gets its chance first).
    private func leadAll(with locks: LeaderLocks, _ plan: LeadershipPlan) async throws {
        let (signals, signal) = AsyncStream.makeStream(of: LeadershipSignal.self)
        let keys = projections.map(\.leaderLockKey)
        let revoked = RevokedLeads()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                while !Task.isCancelled {
                    signal.yield(.tick)
                    try await Task.sleep(for: plan.standbyRetry)
                }
            }
            defer { group.cancelAll() }
            var led: Set<Int> = []
            var retryAt: [Int: ContinuousClock.Instant] = [:]
            for await event in signals {
                switch event {
                case .tick:
                    if !led.isEmpty {
                        let held = try await locks.held(led.map { keys[$0] })
                        for index in led where !held.contains(keys[index]) {
                            logger.error("projection leader lock no longer held; stopping", metadata: [
                                "projection": "\(projections[index].name)",
                            ])
                            revoked.revoke(index)
                        }
                    }
                    let now = ContinuousClock.now
                    let candidates = projections.indices.filter { index in
                        !led.contains(index) && retryAt[index].map { $0 <= now } ?? true
                    }
                    guard !candidates.isEmpty else { continue }
                    let won = try await locks.tryLock(candidates.map { keys[$0] })
                    for index in candidates where won.contains(keys[index]) {
                        led.insert(index)
                        revoked.reinstate(index)
                        let projection = projections[index]
                        group.addTask { [self] in
                            await follow(projection, plan) { revoked.contains(index) }
                            signal.yield(.ended(index: index))
                        }
                    }
                case .ended(let index):
                    try await locks.unlock(keys[index])
                    led.remove(index)
                    retryAt[index] = ContinuousClock.now + plan.standbyRetry
                }
            }
        }
    }

    /// Leads `projection` until it cannot make progress (logged) or leadership ends.
    private func follow(_ projection: any Projection, _ plan: LeadershipPlan, revoked: @escaping @Sendable () -> Bool) async {
        do {
            // Only the leader retries quarantined events after an upgrade (it rebuilds the
            // read model), before it follows the log, outside the stall watchdog: a rebuild
            // reports no progress to it.
            try await retryQuarantinedAfterUpgrade(projection)
            try await followWatched(projection, plan, revoked: revoked)
        } catch {
            if Task.isCancelled { return }
            logger.error("projection runner cannot make progress; leadership released, retrying", metadata: [
                "projection": "\(projection.name)", "error": "\(DatabaseErrorText.describe(error))",
            ])
        }
    }

    /// Follows `projection` while a watchdog checks that it makes progress and still
    /// leads: when no database call of the follower has completed for `stallLimit`, or
    /// its lock was found lost, the following is cancelled (a call that hangs is
    /// abandoned, its connection closed: ``DatabaseDeadline``).
    private func followWatched(
        _ projection: any Projection, _ plan: LeadershipPlan, revoked: @escaping @Sendable () -> Bool
    ) async throws {
        let heartbeat = ProgressHeartbeat()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { [self] in
                try await ProgressHeartbeat.$current.withValue(heartbeat) {
                    try await followLog(projection, plan)
                }
            }
            group.addTask {
                while true {
                    try await Task.sleep(for: min(.seconds(1), plan.stallLimit / 4))
                    if revoked() { throw LeadershipLost.lockLost }
                    if heartbeat.silence > plan.stallLimit { throw LeadershipLost.stalled(heartbeat.silence) }
                }
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// Applies the log to `projection` as it grows, until cancelled: woken by the shared
    /// listener, each wake-up applies from the stored checkpoint.
    private func followLog(_ projection: any Projection, _ plan: LeadershipPlan) async throws {
        logger.info("leading projection", metadata: ["projection": "\(projection.name)"])
        try await catchUp(projection)
        let start = try await currentCheckpoint(of: projection.name)
        try await store.subscribe(from: start, options: plan.options, wakeups: plan.wakeups) { _ in
            try await catchUp(projection)
        }
    }
}

/// The projections whose leader lock a session found no longer held, for their followers'
/// watchdogs to stop them.
private final class RevokedLeads: Sendable {
    private let indices = Mutex<Set<Int>>([])

    func revoke(_ index: Int) { indices.withLock { _ = $0.insert(index) } }
    func reinstate(_ index: Int) { indices.withLock { _ = $0.remove(index) } }
    func contains(_ index: Int) -> Bool { indices.withLock { $0.contains(index) } }
}
