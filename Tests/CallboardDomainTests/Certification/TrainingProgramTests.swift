import Foundation
import Testing
@testable import CallboardDomain

@Suite("Training programs: definition, scope and revisions")
struct TrainingProgramTests {
    private func define(
        _ requirements: CertificationRequirements = SlateProgram.requirements, scope: ProgramScope = .wholeAccount
    ) -> TrainingProgramCommand {
        .define(DefineTrainingProgram(programID: "TAB-SLATE", accountID: "TAB", name: "Slate tablets", scope: scope,
                                      requirements: requirements, definedOn: "2026-01-05"))
    }

    @Test func aProgramBelongsToASignedAccount() throws {
        #expect(throws: TrainingProgramRejection.accountNotSigned("TAB")) {
            try TrainingProgram.decide(self.define(), state: nil)
        }
        let program = try SlateProgram.defined()
        #expect(program.accountID == "TAB")
        #expect(program.revision == 1)
        #expect(program.requirements.assessment.maximumAttempts == 3)
        #expect(TrainingProgram.streamID(for: define()) == "program-TAB-SLATE")
    }

    @Test func definingTheSameProgramAgainChangesNothing() throws {
        let program = try SlateProgram.defined()
        #expect(try TrainingProgram.decide(define(scope: ProgramScope(productLine: "Slate")), state: program).isEmpty)
        #expect(throws: TrainingProgramRejection.alreadyDefined("TAB-SLATE")) {
            try TrainingProgram.decide(self.define(), state: program)
        }
    }

    @Test func aScopedProgramNamesOpenQueuesOfTheAccount() throws {
        let context = TrainingProgramContext(account: try World.tabletMaker(), accountQueues: ["TAB-VOICE-EN-US"])
        let scoped = define(scope: ProgramScope(queues: ["TAB-VOICE-EN-US", "PET-CHAT-ES"]))
        #expect(throws: TrainingProgramRejection.queuesNotInAccount(["PET-CHAT-ES"], "TAB")) {
            try TrainingProgram.decide(scoped, state: nil, context: context)
        }
        let events = try TrainingProgram.decide(
            define(scope: ProgramScope(queues: ["TAB-VOICE-EN-US"])), state: nil, context: context)
        #expect(TrainingProgram.fold(events)?.scope.queues == ["TAB-VOICE-EN-US"])
    }

    @Test func requirementsMustBeSensible() throws {
        let nonsense = CertificationRequirements(
            modules: [], assessment: AssessmentRule(passMarkPercent: 120, retakeLimit: -1),
            nesting: NestingRule(days: 0, minimumEvaluations: 0, minimumAverageScore: 101), validityMonths: 0)
        let error = try #require(throws: TrainingProgramRejection.self) {
            try TrainingProgram.decide(self.define(nonsense), state: nil, context: .init(account: World.tabletMaker()))
        }
        guard case let .invalidFields(problems) = error else { Issue.record("\(error)"); return }
        #expect(problems.map(\.field) == [
            "modules", "assessment.passMarkPercent", "assessment.retakeLimit", "nesting.days",
            "nesting.minimumEvaluations", "nesting.minimumAverageScore", "validityMonths",
        ])
    }

    @Test func revisionsAreNumberedInSequenceAndCanRequireRecertification() throws {
        let program = try SlateProgram.defined()
        let revised = try SlateProgram.revised(program, recertifyBy: "2026-09-30")
        #expect(revised.revision == 2)
        #expect(revised.recertificationDeadline(after: 1)?.recertifyBy == "2026-09-30")
        #expect(revised.recertificationDeadline(after: 2) == nil)
        let skipping = ReviseTrainingProgram(
            programID: "TAB-SLATE", revision: 4, summary: "Slate 13", requirements: SlateProgram.requirements,
            effectiveOn: "2027-01-01")
        #expect(throws: TrainingProgramRejection.revisionOutOfSequence("TAB-SLATE", revision: 4, expected: 3)) {
            try TrainingProgram.decide(.revise(skipping), state: revised)
        }
    }

    @Test func recordingARevisionAgainChangesNothingButADifferentOneIsRefused() throws {
        let program = try SlateProgram.defined()
        var revise = ReviseTrainingProgram(
            programID: "TAB-SLATE", revision: 2, summary: "Slate 12 launch", requirements: SlateProgram.requirements,
            effectiveOn: "2026-06-01", recertifyBy: "2026-09-30")
        let revised = try TrainingProgram.decide(.revise(revise), state: program).reduce(program) {
            TrainingProgram.evolve($0, $1)
        }
        #expect(try TrainingProgram.decide(.revise(revise), state: revised).isEmpty)
        revise.recertifyBy = "2026-08-31"
        #expect(throws: TrainingProgramRejection.revisionAlreadyRecorded("TAB-SLATE", revision: 2)) {
            try TrainingProgram.decide(.revise(revise), state: revised)
        }
    }

    @Test func theEarliestDeadlineOfNewerRevisionsApplies() throws {
        let program = try SlateProgram.defined()
        let second = try SlateProgram.revised(program, recertifyBy: "2026-12-31")
        let third = try SlateProgram.revised(second, effectiveOn: "2026-07-01", recertifyBy: "2026-10-31")
        #expect(third.recertificationDeadline(after: 1)?.number == 3)
        #expect(third.recertificationDeadline(after: 2)?.number == 3)
    }

    @Test func aRecertificationDeadlineFollowsTheRevision() throws {
        let program = try SlateProgram.defined()
        let early = ReviseTrainingProgram(
            programID: "TAB-SLATE", revision: 2, summary: "Slate 12", requirements: SlateProgram.requirements,
            effectiveOn: "2026-06-01", recertifyBy: "2026-05-31")
        #expect(throws: TrainingProgramRejection.invalidFields([FieldProblem(
            field: "recertifyBy", value: "2026-05-31",
            rule: "must not be before the revision takes effect on 2026-06-01")])) {
            try TrainingProgram.decide(.revise(early), state: program)
        }
    }

    @Test func aProgramCoversTheQueuesOfItsScope() throws {
        let queue = try #require(Queue.fold(SampleEvents.queue.prefix(1)))
        let wholeAccount = try SlateProgram.defined()
        #expect(wholeAccount.covers(queue))
        let account = try World.tabletMaker()
        let scoped = try #require(TrainingProgram.fold(try TrainingProgram.decide(
            define(scope: ProgramScope(queues: ["TAB-CHAT-DE"])), state: nil,
            context: .init(account: account, accountQueues: ["TAB-CHAT-DE"]))))
        #expect(!scoped.covers(queue))
    }
}
