import CallboardDomain
import CallboardProjections
import Foundation
import PostgresTestSupport
import Testing

/// Certified-only coverage and the certification reports, from the log through the read
/// models. Manila agents cover a 24/7 New York queue whose account requires program P:
/// - A1 certified 2026-01-05 (until 2027-01-05), revoked 2026-12-02 08:00 UTC;
/// - A2 certified 2025-12-02, so it expires on 2026-12-02 (Manila midnight: 2026-12-01 16:00 UTC);
/// - U1 live but never trained, A3 in training, A4 in nesting.
/// A1 and A2 work 12:00-22:00 Manila (04:00-14:00 UTC) on 1 and 2 December, U1 on 1 December.
@Suite("Certified coverage and certification reports")
struct CertificationReportTests {
    struct Setting {
        var world: WorldLog
        var program: TrainingProgramState
        var a1: CertificationState?
    }

    static func build(_ world: inout WorldLog) async throws -> Setting {
        try await world.openSite("MNL", zone: "Asia/Manila", languages: ["en", "tl"])
        try await world.signAccount("TAB")
        try await world.openQueue("TAB-EN", account: "TAB")
        for agent: AgentID in ["A1", "A2", "U1", "A4"] { try await world.hire(agent, at: "MNL", on: "2025-01-06") }
        try await world.hire("A3", at: "MNL", status: .training, on: "2026-11-02")
        guard let program = try await world.defineProgram("P", account: "TAB") else { throw CancellationError() }
        let a1 = try await world.certify("A1", on: program, on: "2026-01-05")
        try await world.certify("A2", on: program, on: "2025-12-02")
        try await world.certify("A3", on: program, on: "2026-11-26", stoppingAt: "enrol")
        try await world.certify("A4", on: program, on: "2026-11-30", stoppingAt: "nesting")
        for (agent, day) in [("A1", "2026-12-01"), ("A2", "2026-12-01"), ("U1", "2026-12-01"), ("A1", "2026-12-02"),
                             ("A2", "2026-12-02")] as [(AgentID, LocalDate)] {
            try await world.plan(ShiftID("\(agent)-\(day)"), agent: agent, queues: ["TAB-EN"], on: day, from: "12:00", to: "22:00")
        }
        return Setting(world: world, program: program, a1: a1)
    }

    /// Eligible agents on TAB-EN per UTC interval start of the Manila day, where anyone is scheduled.
    static func eligible(_ coverage: Coverage) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: coverage.intervals.filter { $0.queueID == "TAB-EN" && $0.scheduledAgents > 0 }
            .map { (String(ISO8601DateFormatter().string(from: $0.start).dropLast(4)), $0.eligibleAgents) })
    }

    @Test func anExpiryAndARevocationLowerCoverageFromTheirInstant() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            let setting = try await Self.build(&world)
            let harness = ReadModelHarness(store: store)
            let firstDay = try await harness.live(CoverageReport(accountID: "TAB", date: "2026-12-01", timeZone: "Asia/Manila"))
            let first = firstDay.output.intervals.filter { $0.queueID == "TAB-EN" && $0.scheduledAgents > 0 }
            #expect(first.count == 20)
            #expect(first.allSatisfy { $0.scheduledAgents == 3 && $0.eligibleAgents == 2 && $0.eligibleFTE == 2 })

            let beforeRevocation = try await harness.serverNow()
            try await setting.world.revoke("A1", on: setting.program, at: utc("2026-12-02T08:00:00Z"), reason: "QA finding",
                                           state: setting.a1)
            let secondDay = CoverageReport(accountID: "TAB", date: "2026-12-02", timeZone: "Asia/Manila")
            let second = Self.eligible(try await harness.live(secondDay).output)
            // A2 expired at the start of the day; A1 counts until the revocation at 08:00 UTC.
            #expect(second.count == 20)
            for (start, count) in second {
                #expect(count == (start < "2026-12-02T08:00" ? 1 : 0), "eligible at \(start)")
            }
            // As of before the revocation was recorded, A1 still counts all day.
            let earlier = try await harness.reader.asOf(beforeRevocation, secondDay)
            #expect(Set(Self.eligible(earlier.output).values) == [1])
        }
    }

    @Test func certificationsAndReadinessReportStagesExpiriesAndReasons() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            let setting = try await Self.build(&world)
            let harness = ReadModelHarness(store: store)
            let november = utc("2026-11-20T00:00:00Z")
            let standings = try await harness.live(CertificationsReport(siteID: "MNL", at: november)).output
            #expect(standings.map { "\($0.agentID) \($0.stage.word) \($0.expiresOn.map(\.description) ?? "-")" } == [
                "A1 certified 2027-01-05", "A2 certified 2026-12-02", "A3 in training -", "A4 nesting -",
            ])
            #expect(standings.first { $0.agentID == "A3" }?.reason == "never certified for program P")
            let expiring = try await harness.live(CertificationsReport(
                siteID: "MNL", accountID: "TAB", at: november, expiringWithin: 30 * 86_400)).output
            #expect(expiring.map(\.agentID) == ["A2"])

            try await setting.world.revoke("A1", on: setting.program, at: utc("2026-12-02T08:00:00Z"), reason: "QA finding",
                                           state: setting.a1)
            let december = try await harness.live(CertificationsReport(siteID: "MNL", at: utc("2026-12-03T00:00:00Z"))).output
            #expect(december.prefix(2).map { "\($0.stage.word): \($0.reason ?? "")" } == [
                "revoked: the certification for program P was revoked on 2026-12-02 (QA finding)",
                "expired: the certification for program P expired on 2026-12-02",
            ])

            // Recorded now, the revocation ends A1's certification early on 2 December.
            let revokedAhead = try await harness.live(CertificationsReport(siteID: "MNL", at: november)).output
            #expect(revokedAhead.first?.expiresOn == "2026-12-02")
            let readiness = try await harness.live(ReadinessReport(siteID: "MNL", at: november)).output
            #expect(readiness.map { "\($0.queueID) \($0.language) \($0.programID) \($0.siteID)" } == ["TAB-EN en P MNL"])
            #expect(readiness.map { [$0.certified, $0.inTraining, $0.nesting, $0.expiring] } == [[2, 1, 1, 2]])
            let byAccount = try await harness.live(ReadinessReport(accountID: "TAB", at: utc("2026-12-03T00:00:00Z"))).output
            #expect(byAccount.map(\.certified) == [0])
            await #expect(throws: ReportError.unknownSite("XYZ")) {
                try await harness.live(CertificationsReport(siteID: "XYZ", at: november))
            }
        }
    }

    @Test func aSecondAccountWideProgramDoesNotDropEligibleAgentsToZero() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            let setting = try await Self.build(&world)
            let harness = ReadModelHarness(store: store)
            let day = CoverageReport(accountID: "TAB", date: "2026-12-01", timeZone: "Asia/Manila")
            #expect(Set(Self.eligible(try await harness.live(day).output).values) == [2])

            // Through the decision, a second account-wide program is refused and records nothing.
            let before = try await harness.live(day).position
            let newcomer = DefineTrainingProgram(programID: "A-NEW", accountID: "TAB", name: "Newcomer",
                                                 requirements: WorldLog.requirements, definedOn: "2026-11-01")
            await #expect(throws: TrainingProgramRejection.accountWideProgramExists("TAB", existing: "P", name: "Program P")) {
                try await setting.world.program(.define(newcomer), account: "TAB", programs: [setting.program])
            }
            #expect(try await harness.live(day).position == before)

            // A stream recorded before that rule may hold one (defined later, with a lower id):
            // the program defined first keeps gating, so nobody loses eligibility.
            let recordedEarlier = try #require(try await setting.world.program(.define(newcomer), account: "TAB", programs: []))
            #expect(Set(Self.eligible(try await harness.live(day).output).values) == [2])
            let readiness = try await harness.live(ReadinessReport(siteID: "MNL", at: utc("2026-11-20T00:00:00Z"))).output
            #expect(readiness.map(\.programID) == ["P"])

            // Retiring P hands the queue to the newcomer, which nobody holds yet; retiring that
            // too leaves the queue open to every speaker of its language (three scheduled).
            _ = try await setting.world.program(.retire(RetireTrainingProgram(programID: "P", retiredOn: "2026-11-30", reason: "ended")),
                                                account: "TAB", state: setting.program, programs: [])
            #expect(Set(Self.eligible(try await harness.live(day).output).values) == [0])
            _ = try await setting.world.program(.retire(RetireTrainingProgram(programID: "A-NEW", retiredOn: "2026-11-30", reason: "ended")),
                                                account: "TAB", state: recordedEarlier, programs: [])
            let open = try await harness.live(day).output.intervals.filter { $0.queueID == "TAB-EN" && $0.scheduledAgents > 0 }
            #expect(!open.isEmpty && open.allSatisfy { $0.eligibleAgents == $0.scheduledAgents })
            #expect(try await harness.live(ReadinessReport(siteID: "MNL", at: utc("2026-11-20T00:00:00Z"))).output.isEmpty)
        }
    }

    @Test func readinessCountsDistinctAgentsAndShowsQueuesNobodyIsCertifiedFor() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            let setting = try await Self.build(&world)
            // Two more queues under the same account-wide program: another English one, and a
            // Spanish one nobody at Manila speaks.
            _ = setting
            try await world.openQueue("TAB-EN2", account: "TAB")
            try await world.openQueue("TAB-ES", account: "TAB", language: "es")
            let harness = ReadModelHarness(store: store)
            let november = utc("2026-11-20T00:00:00Z")
            for query in [ReadinessReport(siteID: "MNL", at: november), ReadinessReport(accountID: "TAB", at: november)] {
                let readiness = try await harness.live(query).output
                #expect(readiness.map { "\($0.queueID) \($0.siteID) \($0.certified) \($0.inTraining) \($0.nesting)" } == [
                    "TAB-EN MNL 2 1 1", "TAB-EN2 MNL 2 1 1", "TAB-ES MNL 0 0 0",
                ])
                // The rows add up to 4 certified; the site has 2 certified agents.
                #expect(readiness.reduce(0) { $0 + $1.certified } == 4)
                let totals = readiness.totals
                let counts: [Int] = [totals.certified, totals.inTraining, totals.nesting, totals.expiring, totals.queues, totals.sites]
                #expect(counts
                        == [2, 1, 1, 1, 3, 1])
            }
            let standings = try await harness.live(CertificationsReport(siteID: "MNL", at: november)).output
            #expect(standings.certifiedRows == 2 && standings.certifiedAgents == 2 && standings.agents == 4)
        }
    }
}
