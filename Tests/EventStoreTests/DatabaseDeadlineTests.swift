import EventStore
import Foundation
import Logging
import PostgresNIO
import PostgresTestSupport
import Testing

/// Issue 11, item 4: a database call never keeps its caller waiting for ever.
@Suite("Database deadlines")
struct DatabaseDeadlineTests {
    static func configuration(statement: Duration, connect: Duration = .seconds(5), attempts: Int = 1) -> EventLog.Configuration {
        var configuration = EventLog.Configuration()
        configuration.deadlines = DatabaseDeadlines(statement: statement, connect: connect, writeAttempts: attempts)
        return configuration
    }

    /// What PostgresNIO does when a continuation is never resumed: the call never returns.
    @Test func aCallThatNeverReturnsFailsAtItsDeadlineAndItsConnectionIsClosed() async throws {
        try await TestDatabase.withEventStore(configuration: Self.configuration(statement: .seconds(1))) { store, _ in
            let held = Collector<[CheckedContinuation<Void, Never>]>([])
            let used = Collector<PostgresConnection?>(nil)
            let error = await #expect(throws: DatabaseInterruption.self) {
                try await TestDeadline.within(TestDeadline.hang, "a hung call") {
                    try await store.withConnection("a call that hangs") { connection in
                        used.update { $0 = connection }
                        await withCheckedContinuation { continuation in held.update { $0.append(continuation) } }
                    }
                }
            }
            #expect(error == .timedOut("a call that hangs", after: .seconds(1)))
            #expect(used.current?.isClosed == true)
            held.current.forEach { $0.resume() }
        }
    }

    @Test func aSessionTheServerEndsFailsTheCallAtOnce() async throws {
        try await TestDatabase.withEventStore(configuration: Self.configuration(statement: .seconds(120))) { store, database in
            let pid = Collector<Int32?>(nil)
            let call = Task {
                try await store.withConnection("a long statement") { connection in
                    let rows = try await connection.query("SELECT pg_backend_pid()", logger: TestDatabase.logger)
                    for try await value in rows.decode(Int32.self) { pid.update { $0 = value } }
                    for try await _ in try await connection.query("SELECT pg_sleep(100)", logger: TestDatabase.logger) {}
                }
            }
            try await database.withAdministrator { admin in
                while pid.current == nil { try await Task.sleep(for: .milliseconds(20)) }
                try await Task.sleep(for: .milliseconds(300))
                try await admin.query("SELECT pg_terminate_backend(\(pid.current!))", logger: TestDatabase.logger)
            }
            let error = await #expect(throws: DatabaseInterruption.self) {
                try await TestDeadline.within(TestDeadline.hang, "a call on a terminated session") { try await call.value }
            }
            guard case .connectionLost(let what, _) = error else {
                Issue.record("expected a lost connection, got \(String(describing: error))")
                return
            }
            #expect(what == "a long statement")
        }
    }

    @Test func waitingForAConnectionToAServerThatIsDownIsBounded() async throws {
        let port = 54398
        var configuration = PostgresClient.Configuration(
            host: "127.0.0.1", port: port, username: "nobody", password: nil, database: "nothing", tls: .disable)
        configuration.options.connectTimeout = .seconds(1)
        let client = PostgresClient(configuration: configuration, backgroundLogger: TestDatabase.logger)
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            let error = await #expect(throws: DatabaseInterruption.self) {
                try await TestDeadline.within(TestDeadline.hang, "a lease from a server that is down") {
                    try await client.withConnection(
                        "reading", within: .seconds(5), connectWithin: .seconds(1), logger: TestDatabase.logger
                    ) { _ in }
                }
            }
            #expect(error == .connectionLost("reading", detail: "no connection to the database within 1 s"))
        }
    }

    @Test func theSettingsComeFromTheEnvironment() {
        let deadlines = DatabaseDeadlines(environment: [
            "CALLBOARD_STATEMENT_DEADLINE": "2.5", "CALLBOARD_BULK_DEADLINE": "60", "CALLBOARD_CONNECT_DEADLINE": "nonsense",
            "CALLBOARD_BULK_DEADLINE_PER_1000_EVENTS": "0.5",
        ])
        #expect(deadlines.statement == .milliseconds(2500))
        #expect(deadlines.connect == .seconds(15))
        #expect(deadlines.bulk(events: 10_000) == .seconds(65))
        #expect(deadlines.sessionParameters.first { $0.0 == "statement_timeout" }?.1 == "2500")
    }

    /// The server ends statements and lock waits at the statement deadline too.
    @Test func theServerEndsAStatementAtTheDeadline() async throws {
        try await TestDatabase.withEventStore(configuration: Self.configuration(statement: .seconds(1))) { store, _ in
            let error = await #expect(throws: PSQLError.self) {
                try await TestDeadline.within(TestDeadline.hang, "a long statement") {
                    for try await _ in try await store.client.query("SELECT pg_sleep(30)", logger: TestDatabase.logger) {}
                }
            }
            #expect(error?.serverInfo?[.sqlState] == "57014")
        }
    }
}
