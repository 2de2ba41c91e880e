import DemoWorld
import Foundation
import Testing

extension WorldSuites {
    /// The demo world's training tells the certification story: every account has a program,
    /// every agent with shifts is certified on the programs of their queues, and the exceptions
    /// the reports should show are there (in training, nesting, failed, expiring in peak season,
    /// one revocation).
    @Suite struct TrainingTests {
        let programs = CSVTable(Worlds.full.files(of: .trainingPrograms)[0]).records
        let progress = CSVTable(Worlds.full.files(of: .trainingProgress)[0]).records
        let queues = CSVTable(Worlds.full.files(of: .queues)[0]).records
        let shifts = CSVTable(Worlds.full.files(of: .shifts)[0]).records

        @Test func everyAccountHasAProgramAndTheTabletMakersIsRevised() {
            let defined = programs.filter { $0["revision"] == "1" }
            #expect(Set(defined.map { $0["account_id"] ?? "" }) == Set(queues.map { $0["account_id"] ?? "" }))
            let revised = programs.filter { $0["revision"] == "2" }
            #expect(revised.map { $0["account_id"] ?? "" } == ["tabula"])
            #expect(revised.first?["recertify_by"]?.isEmpty == false)
        }

        @Test func everyAgentWithShiftsIsCertifiedOnTheirQueuesPrograms() {
            let programOfAccount = Dictionary(programs.filter { $0["revision"] == "1" }
                .map { ($0["account_id"] ?? "", $0["program_id"] ?? "") }, uniquingKeysWith: { first, _ in first })
            let accountOfQueue = Dictionary(uniqueKeysWithValues: queues.map { ($0["queue_id"] ?? "", $0["account_id"] ?? "") })
            let certified = Set(progress.filter { $0["step"] == "certify" }.map { "\($0["agent_id"] ?? "") \($0["program_id"] ?? "")" })
            let revoked = Set(progress.filter { $0["step"] == "revoke" }.map { $0["agent_id"] ?? "" })
            #expect(!shifts.isEmpty)
            for shift in shifts {
                let agent = shift["agent_id"] ?? ""
                #expect(!revoked.contains(agent), "\(agent) is revoked but has shifts")
                for queue in (shift["queues"] ?? "").split(separator: ";") {
                    let program = programOfAccount[accountOfQueue[String(queue)] ?? ""] ?? "?"
                    #expect(certified.contains("\(agent) \(program)"), "\(agent) works \(queue) without \(program)")
                }
            }
        }

        @Test func theExceptionsAreThere() {
            let steps = Dictionary(grouping: progress, by: { $0["step"] ?? "" }).mapValues(\.count)
            #expect(steps["revoke"] == 1)
            #expect((steps["enrol"] ?? 0) > (steps["certify"] ?? 0))
            #expect((steps["nesting"] ?? 0) > (steps["certify"] ?? 0))
            let failedAttempts = progress.filter { $0["step"] == "assessment" && $0["attempt"] == "3" }
            #expect(!failedAttempts.isEmpty)
            // Certified 11 months ago or so: expiring 3 to 5 weeks after the demo's today (2026-11-23), in peak season.
            let expiring = progress.filter { $0["step"] == "certify" && ($0["date"] ?? "") < "2025-12-28" }
            #expect(!expiring.isEmpty)
            #expect(expiring.allSatisfy { ($0["date"] ?? "") >= "2025-12-17" })
        }
    }
}
