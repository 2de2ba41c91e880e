import CallboardDomain
import CallboardImport
import Foundation
import Testing

@Suite("training-programs.csv and training-progress.csv")
struct TrainingFormatTests {
    static let programs = "program_id,account_id,name,revision,effective_on,modules,pass_mark,retake_limit,nesting_days,"
        + "nesting_evaluations,nesting_average,validity_months,queues,product_line,summary,recertify_by\n"
    static let progress = "agent_id,program_id,step,date,module,attempt,score,evaluation_id,evaluator,at,reason\n"
    static let requirements = CertificationRequirements(
        modules: [TrainingModule("basics", title: "Slate basics"), TrainingModule("returns", title: "Returns")],
        assessment: AssessmentRule(passMarkPercent: 80, retakeLimit: 2),
        nesting: NestingRule(days: 10, minimumEvaluations: 2, minimumAverageScore: 85), validityMonths: 12)

    @Test func revisionOneDefinesAndALaterOneRevises() {
        let defined = Parse.commands(TrainingProgramsFormat.self, Self.programs
            + "TAB-SLATE,TABULA,Slate,1,2025-01-06,basics:Slate basics;returns:Returns,80,2,10,2,85,12,TAB-A;TAB-B,Slate,,\n")
        #expect(defined == [.define(DefineTrainingProgram(
            programID: "TAB-SLATE", accountID: "TABULA", name: "Slate",
            scope: ProgramScope(queues: ["TAB-A", "TAB-B"], productLine: "Slate"), requirements: Self.requirements,
            definedOn: "2025-01-06"))])
        let revised = Parse.commands(TrainingProgramsFormat.self, Self.programs
            + "TAB-SLATE,,,2,2026-09-01,basics:Slate basics;returns:Returns,80,2,10,2,85,12,,,Slate 12 launch,2026-11-15\n")
        #expect(revised == [.revise(ReviseTrainingProgram(
            programID: "TAB-SLATE", revision: 2, summary: "Slate 12 launch", requirements: Self.requirements,
            effectiveOn: "2026-09-01", recertifyBy: "2026-11-15"))])
    }

    @Test func programProblemsReadInColumns() {
        #expect(Parse.problems(TrainingProgramsFormat.self, Self.programs
            + "TAB-SLATE,,Slate,1,2025-01-06,basics,80,two,10,2,85,12,,,,2026-11-15\n") == [
            "training-programs.csv:2: modules: each entry must be a module id and title such as returns:Returns policy, but 'basics' is not",
            "training-programs.csv:2: retake_limit: must be a whole number, but was 'two'",
            "training-programs.csv:2: account_id: must not be empty",
            "training-programs.csv:2: recertify_by: applies to revisions after the first only",
        ])
    }

    @Test func eachStepReadsTheColumnsItNeeds() {
        #expect(Parse.commands(TrainingProgressFormat.self, Self.progress + "MNL-1001,TAB-SLATE,assessment,2025-06-07,,2,91,,,,\n")
            == [.recordAssessment(agent: "MNL-1001", program: "TAB-SLATE", attempt: 2, scorePercent: 91, on: "2025-06-07")])
        #expect(Parse.commands(TrainingProgressFormat.self, Self.progress
            + "MNL-1001,TAB-SLATE,revoke,,,,,,,2026-04-01T08:00:00+08:00,QA finding\n")
            == [.revoke(agent: "MNL-1001", program: "TAB-SLATE", at: Date(timeIntervalSince1970: 1_775_001_600),
                        reason: "QA finding")])
        #expect(Parse.problems(TrainingProgressFormat.self, Self.progress
            + "MNL-1001,TAB-SLATE,nesting-qa,2025-06-11,,,,,,,\n"
            + "MNL-1001,TAB-SLATE,revoke,2026-04-01,,,,,,,\n") == [
            "training-progress.csv:2: evaluation_id: must not be empty",
            "training-progress.csv:2: score: must not be empty",
            "training-progress.csv:2: evaluator: must not be empty",
            "training-progress.csv:3: at: must not be empty",
            "training-progress.csv:3: reason: must not be empty",
        ])
    }
}
