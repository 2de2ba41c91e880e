import CallboardDomain
import CallboardProjections
import EventStore
import Foundation
import PostgresNIO
import PostgresTestSupport
import Projections
import Testing

/// The fast as-of path (views over the read models' history) against the oracle (a replay
/// of the log up to the instant into fresh schemas), for every report query, at random
/// instants across a history where every read model changes. (The peak reports, which
/// need the planning module, read the same peak read models as coverage does here.)
@Suite("As-of reports from history equal a replay")
struct AsOfOracleTests {
    @Test func everyReportEqualsTheReplayAtRandomInstants() async throws {
        try await TestDatabase.withEventStore { store, _ in
            // Small batches, so runs and batches split the log at many places.
            let harness = ReadModelHarness(store: store, batchSize: 3)
            try await ChangingHistory.write(store, settle: harness.settle)
            try await harness.settle()
            let instants = try await Self.instants(store, harness: harness, count: 10)
            for instant in instants {
                try await Self.expectSameAnswers(harness, at: instant)
            }
        }
    }

    @Test func rebuildingKeepsHistory() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let harness = ReadModelHarness(store: store)
            try await ChangingHistory.write(store, settle: harness.settle)
            try await harness.settle()
            let instants = try await Self.instants(store, harness: harness, count: 4)
            var before: [String] = []
            for instant in instants { before += try await Self.answers(harness, at: instant, oracle: false) }
            for projection in CallboardReadModels.all { try await harness.engine.rebuild(projection) }
            var after: [String] = []
            for instant in instants { after += try await Self.answers(harness, at: instant, oracle: false) }
            #expect(after == before)
            for instant in instants { try await Self.expectSameAnswers(harness, at: instant) }
        }
    }

    @Test func aReadModelInstalledWithoutHistoryIsRebuiltWithIt() async throws {
        try await TestDatabase.withEventStore { store, _ in
            let harness = ReadModelHarness(store: store)
            try await ChangingHistory.write(store, settle: harness.settle)
            try await harness.settle()
            let instant = try #require(try await Self.instants(store, harness: harness, count: 1).first)
            // As an installation from before history: the history tables and runs gone.
            let schema = SiteRosterProjection().liveSchema
            try await store.client.query(PostgresQuery(unsafeSQL: """
                DO $$ DECLARE t text; BEGIN
                  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = '\(schema)' AND tablename LIKE '%\\_\\_history' LOOP
                    EXECUTE format('DROP TABLE \(schema).%I CASCADE', t);
                  END LOOP;
                  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = '\(schema)' LOOP
                    EXECUTE format('DROP TRIGGER history_insert ON \(schema).%I; DROP TRIGGER history_update ON \(schema).%I;
                                    DROP TRIGGER history_delete ON \(schema).%I', t, t, t);
                  END LOOP;
                END $$
                """), logger: TestDatabase.logger)
            // Without history the fast path falls back to the replay, still right.
            try await Self.expectSameAnswers(harness, at: instant)
            try await harness.engine.install()
            let kept = try await store.client.query(
                "SELECT to_regclass(\(schema + ".runs__history")) IS NOT NULL", logger: TestDatabase.logger)
            for try await exists in kept.decode(Bool.self) { #expect(exists) }
            try await Self.expectSameAnswers(harness, at: instant)
        }
    }

    @Test func anInstantBeforeTheLogBeganIsNamedAsSuch() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await world.openSite("MNL", zone: "Asia/Manila")
            let harness = ReadModelHarness(store: store)
            try await harness.settle()
            let longAgo = Date(timeIntervalSince1970: 0)
            for oracle in [false, true] {
                do {
                    _ = oracle ? try await harness.reader.replayedAsOf(longAgo, RosterReport(siteID: "MNL"))
                        : try await harness.reader.read(RosterReport(siteID: "MNL"), asOf: longAgo)
                    Issue.record("an instant before the log began should be refused")
                } catch let error as ReportError {
                    guard case let .beforeTheLog(instant, first) = error else { Issue.record("\(error)"); continue }
                    #expect(instant == longAgo && first != nil)
                    #expect(error.description.contains("the event log begins at"))
                }
            }
        }
    }

    /// More single-event transactions than one batch applies runs (each is an apply of its
    /// own): the batch is cut short, the rest follows, nothing is skipped.
    @Test func manySmallTransactionsAreAppliedInSeveralBatches() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await Worlds.serviceLevels(&world)
            for index in 0..<120 {
                try await world.report("PET-V", at: utc("2026-11-02T00:00:00Z") + Double(index) * 1800, ChangingHistory.figures(50))
            }
            let harness = ReadModelHarness(store: store)
            try await harness.engine.install()
            // Other tests' transactions on the shared server may hold the log back for a while.
            var applied = try await harness.engine.catchUp(QueueIntervalsProjection())
            let deadline = ContinuousClock.now + TestDatabase.heldBackTimeout
            while applied < 120, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
                applied += try await harness.engine.catchUp(QueueIntervalsProjection())
            }
            #expect(applied == 120)
            let month = try #require(LocalMonth(parsing: "2026-11"))
            let monthRow = try await harness.live(SLAReport(accountID: "PET", month: month)).output.rows
                .first { if case .month = $0.period { $0.queueID == "PET-V" } else { false } }
            #expect(monthRow?.figures.offered == 12_000)
            let instants = try await Self.instants(store, harness: harness, count: 4)
            for instant in instants {
                let fast = try await harness.reader.read(SLAReport(accountID: "PET", month: month), asOf: instant).output
                let replayed = try await harness.reader.replayedAsOf(instant, SLAReport(accountID: "PET", month: month)).output
                #expect(fast == replayed)
            }
        }
    }

    // MARK: - Instants and answers

    /// `count` instants across the history: the exact recorded times of some transactions
    /// (an instant equal to a recorded time includes it), and random instants between them.
    static func instants(_ store: EventLog, harness: ReadModelHarness, count: Int) async throws -> [Date] {
        let rows = try await store.client.query(
            "SELECT DISTINCT recorded_at FROM events ORDER BY 1", logger: TestDatabase.logger)
        let recorded = try await rows.decode(Date.self).reduce(into: [Date]()) { $0.append($1) }
        let (first, last) = (try #require(recorded.first), try #require(recorded.last))
        var generator = SystemRandomNumberGenerator()
        var instants = (0..<(count / 2)).map { _ in recorded.randomElement(using: &generator)! }
        while instants.count < count {
            instants.append(first + Double.random(in: 0...(last.timeIntervalSince(first) + 0.01), using: &generator))
        }
        return instants
    }

    /// `text` with the entries of each printed dictionary (`siteMeans: [k: v, ...]`) sorted:
    /// dictionaries print in no fixed order.
    static func canonical(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "siteMeans: [") {
            result += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: "]") else { break }
            result += rest[..<close].components(separatedBy: ", ").sorted().joined(separator: ", ")
            rest = rest[close...]
        }
        return result + rest
    }

    static func expectSameAnswers(_ harness: ReadModelHarness, at instant: Date) async throws {
        let fast = try await answers(harness, at: instant, oracle: false)
        let replayed = try await answers(harness, at: instant, oracle: true)
        #expect(fast.count == replayed.count)
        for (fast, replayed) in zip(fast, replayed) {
            #expect(fast == replayed, "as of \(instant)")
        }
    }

    /// Every report query's answer (or error) as of `instant`, as comparable text.
    static func answers(_ harness: ReadModelHarness, at instant: Date, oracle: Bool) async throws -> [String] {
        let november = try #require(LocalMonth(parsing: "2026-11"))
        var answers: [String] = []
        func answer<Query: ReportQuery>(_ query: Query) async {
            let name = String(describing: Query.self)
            do {
                let result = oracle
                    ? try await harness.reader.replayedAsOf(instant, query) : try await harness.reader.read(query, asOf: instant)
                answers.append(canonical("\(name) @\(result.position): \(result.output)"))
            } catch {
                answers.append("\(name) failed: \(String(reflecting: error))")
            }
        }
        await answer(RosterReport(siteID: "MNL"))
        await answer(RosterReport(siteID: "SCZ"))
        await answer(SLAReport(accountID: "PET", month: november))
        await answer(SLAReport(accountID: "TAB", month: november))
        await answer(IntradayReport(accountID: "PET", date: "2026-11-02"))
        await answer(CoverageReport(accountID: "TAB", date: "2026-11-02", timeZone: "Asia/Manila"))
        await answer(StaffingReport(siteID: "MNL", week: try #require(ISOWeek(parsing: "2026-W45"))))
        await answer(AwardsReport(siteID: "MNL", month: "2026-11"))
        await answer(CertificationsReport(siteID: "MNL", at: utc("2026-11-05T00:00:00Z")))
        await answer(ReadinessReport(siteID: "MNL", at: utc("2026-11-05T00:00:00Z")))
        await answer(PlanningInputsQuery(accounts: ["TAB", "PET"]))
        await answer(AccountProfileQuery(accountID: "PET"))
        return answers
    }
}
