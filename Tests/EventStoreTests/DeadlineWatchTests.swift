@testable import EventStore
import Foundation
import Logging
import PostgresNIO
import PostgresTestSupport
import Testing

/// Issue 17: every database call's deadline is watched by one watchdog (``DeadlineWatch``)
/// instead of timers and tasks of its own, and still fails the call the same way. Each test
/// watches its calls with a watch of its own, so that the suite's other calls do not count.
@Suite("Deadline watch")
struct DeadlineWatchTests {
    static let logger = Logger(label: "deadline-watch-tests")

    /// A call that returns before its deadline leaves nothing watched: no entry, so no
    /// timer or task waits for it afterwards.
    @Test func aFastCallLeavesNothingWatched() async throws {
        let watch = DeadlineWatch()
        for round in 1...50 {
            let answer = try await DatabaseDeadline.guarded(
                DeadlineRace<Int>("a fast call", within: .seconds(30), on: nil), logger: Self.logger, watch: watch
            ) { _ in round }
            #expect(answer == round)
            #expect(watch.watchedCalls == 0)
        }
    }

    /// The same for pooled calls on a real database, each a lease and a statement.
    @Test func fastPooledCallsLeaveNothingWatched() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let watch = DeadlineWatch()
            try await withThrowingTaskGroup(of: Int32.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        var last: Int32 = 0
                        for _ in 0..<20 {
                            last = try await store.client.withConnection(
                                "select one", within: .seconds(30), connectWithin: .seconds(15), logger: Self.logger, watch: watch
                            ) { connection in
                                var value: Int32 = 0
                                for try await one in try await connection.query("SELECT 1", logger: Self.logger).decode(Int32.self) {
                                    value = one
                                }
                                return value
                            }
                        }
                        return last
                    }
                }
                for try await value in group { #expect(value == 1) }
            }
            #expect(watch.watchedCalls == 0)
        }
    }

    /// A call that does not return fails at its deadline with the error it always had.
    @Test func aCallPastItsDeadlineFailsWithTheSameError() async throws {
        let watch = DeadlineWatch()
        let error = await #expect(throws: DatabaseInterruption.self) {
            try await TestDeadline.within(TestDeadline.hang, "a call past its deadline") {
                try await DatabaseDeadline.guarded(
                    DeadlineRace<Void>("a slow call", within: .milliseconds(300), on: nil), logger: Self.logger, watch: watch
                ) { _ in try await Task.sleep(for: .seconds(600)) }
            }
        }
        #expect(error == .timedOut("a slow call", after: .milliseconds(300)))
        #expect(error?.description == "a slow call did not finish within 300 ms (the database did not answer); it was abandoned")
        #expect(watch.watchedCalls == 0)
    }

    /// A deadline earlier than the watchdog's next wake-up (another call is watched, with a
    /// far deadline) is not missed: the short call fails, the long one goes on.
    @Test func aShortDeadlineAmongLongOnesIsKept() async throws {
        let watch = DeadlineWatch()
        let release = Collector<CheckedContinuation<Void, Never>?>(nil)
        let long = Task {
            try await DatabaseDeadline.guarded(
                DeadlineRace<Int>("a long call", within: .seconds(120), on: nil), logger: Self.logger, watch: watch
            ) { _ in
                await withCheckedContinuation { continuation in release.update { $0 = continuation } }
                return 7
            }
        }
        while release.current == nil { try await Task.sleep(for: .milliseconds(10)) }
        #expect(watch.watchedCalls == 1)
        let error = await #expect(throws: DatabaseInterruption.self) {
            try await TestDeadline.within(TestDeadline.hang, "a short call among long ones") {
                try await DatabaseDeadline.guarded(
                    DeadlineRace<Void>("a short call", within: .milliseconds(20), on: nil), logger: Self.logger, watch: watch
                ) { _ in try await Task.sleep(for: .seconds(600)) }
            }
        }
        #expect(error == .timedOut("a short call", after: .milliseconds(20)))
        release.current?.resume()
        #expect(try await long.value == 7)
        #expect(watch.watchedCalls == 0)
    }

    /// Cancelling the caller cancels the call, and the caller gets the call's own answer.
    @Test func cancellingTheCallerCancelsTheCall() async throws {
        let watch = DeadlineWatch()
        let started = Collector(false)
        let sawCancellation = Collector(false)
        let caller = Task {
            try await DatabaseDeadline.guarded(
                DeadlineRace<Void>("a cancelled call", within: .seconds(120), on: nil), logger: Self.logger, watch: watch
            ) { _ in
                started.update { $0 = true }
                do { try await Task.sleep(for: .seconds(600)) } catch {
                    sawCancellation.update { $0 = true }
                    throw error
                }
            }
        }
        while !started.current { try await Task.sleep(for: .milliseconds(10)) }
        caller.cancel()
        await #expect(throws: CancellationError.self) {
            try await TestDeadline.within(TestDeadline.hang, "a cancelled call") { try await caller.value }
        }
        #expect(sawCancellation.current)
        #expect(watch.watchedCalls == 0)
    }

    /// A cancelled call that ignores its cancellation is left behind after the unwind
    /// grace: the watch raises that alarm, no timer of the call's own.
    @Test func aCallThatIgnoresCancellationIsAbandoned() async throws {
        let watch = DeadlineWatch()
        let held = Collector<CheckedContinuation<Void, Never>?>(nil)
        let caller = Task {
            try await DatabaseDeadline.guarded(
                DeadlineRace<Void>("a deaf call", within: nil, on: nil), logger: Self.logger, watch: watch
            ) { _ in await withCheckedContinuation { continuation in held.update { $0 = continuation } } }
        }
        while held.current == nil { try await Task.sleep(for: .milliseconds(10)) }
        caller.cancel()
        await #expect(throws: CancellationError.self) {
            try await TestDeadline.within(TestDeadline.hang, "a call that ignores cancellation") { try await caller.value }
        }
        #expect(watch.watchedCalls == 0)
        held.current?.resume()
    }

    /// A caller cancelled while it waits for a pooled connection stops waiting at once
    /// (the server is down: the pool would wait until the connect deadline).
    @Test func aCallerCancelledWhileWaitingForAConnectionStopsAtOnce() async throws {
        var configuration = PostgresClient.Configuration(
            host: "127.0.0.1", port: 54397, username: "nobody", password: nil, database: "nothing", tls: .disable)
        configuration.options.connectTimeout = .seconds(1)
        let client = PostgresClient(configuration: configuration, backgroundLogger: Self.logger)
        let watch = DeadlineWatch()
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            let caller = Task {
                try await client.withConnection(
                    "waiting for a lease", within: .seconds(5), connectWithin: .seconds(600), logger: Self.logger, watch: watch
                ) { _ in }
            }
            while watch.watchedCalls == 0 { try? await Task.sleep(for: .milliseconds(10)) }
            caller.cancel()
            await #expect(throws: CancellationError.self) {
                try await TestDeadline.within(TestDeadline.hang, "a cancelled wait for a lease") { try await caller.value }
            }
            #expect(watch.watchedCalls == 0)
        }
    }
}
