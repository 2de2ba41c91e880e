import Foundation
import Testing
@testable import CallboardDomain

@Suite("Certification stage at an instant, for readiness reports")
struct CertificationStageTests {
    @Test func trainingNestingCertifiedThenLapsed() throws {
        var trainee = try Trainee(program: SlateProgram.defined(), site: World.manila())
        func stage(_ instant: String) throws -> CertificationStage {
            try #require(trainee.state).stage(at: utc(instant), under: trainee.program)
        }
        try trainee.trainInClassroom()
        #expect(try stage("2026-02-10T00:00:00Z") == .inTraining(since: "2026-02-02"))
        try trainee.passAndStartNesting()
        #expect(try stage("2026-02-20T00:00:00Z") == .nesting(since: "2026-02-16"))
        try trainee.evaluateNesting([90, 86, 92])
        try trainee.run(.certify(agent: "A-1", program: "TAB-SLATE", on: "2026-03-02"))
        #expect(try stage("2026-11-27T00:00:00Z") == .certified(.expires(on: "2027-03-02")))
        #expect(try stage("2027-03-05T00:00:00Z") == .lapsed(.expires(on: "2027-03-02")))
        try trainee.trainInClassroom(from: "2027-02-01")
        #expect(try stage("2027-02-10T00:00:00Z") == .certified(.expires(on: "2027-03-02")))
        #expect(try stage("2027-03-05T00:00:00Z") == .inTraining(since: "2027-02-01"))
    }

    @Test func failedTraining() throws {
        var trainee = try Trainee(program: SlateProgram.defined(), site: World.manila())
        try trainee.trainInClassroom()
        for attempt in 1...3 {
            try trainee.run(.recordAssessment(agent: "A-1", program: "TAB-SLATE", attempt: attempt, scorePercent: 50,
                                              on: "2026-02-13"))
        }
        let state = try #require(trainee.state)
        #expect(state.stage(at: utc("2026-03-01T00:00:00Z"), under: trainee.program) == .failed(on: "2026-02-13"))
    }
}
