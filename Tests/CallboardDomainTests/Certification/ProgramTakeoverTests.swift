import Foundation
import Testing
@testable import CallboardDomain

/// A second account-wide program must not silently take over gating for every queue of the
/// account: it is refused unless it names the queues it takes over or replaces the existing
/// program explicitly; a program can be retired, and then gates nothing.
@Suite("Training programs: takeover, replacement and retirement")
struct ProgramTakeoverTests {
    private func define(
        _ id: ProgramID, queues: [QueueID] = [], on day: LocalDate = "2026-01-05", replaces: ProgramID? = nil
    ) -> TrainingProgramCommand {
        .define(DefineTrainingProgram(programID: id, accountID: "TAB", name: "Program \(id)", scope: ProgramScope(queues: queues),
                                      requirements: SlateProgram.requirements, definedOn: day, replaces: replaces))
    }

    private func context(_ programs: [TrainingProgramState]) throws -> TrainingProgramContext {
        TrainingProgramContext(account: try World.tabletMaker(), accountQueues: ["TAB-VOICE-EN-US", "TAB-CHAT-EN-US"],
                               accountPrograms: programs)
    }

    private func program(_ command: TrainingProgramCommand, among programs: [TrainingProgramState] = []) throws -> TrainingProgramState {
        try #require(TrainingProgram.fold(try TrainingProgram.decide(command, state: nil, context: try context(programs))))
    }

    private func queue(_ id: QueueID) throws -> QueueState {
        let open = OpenQueue(
            queueID: id, accountID: "TAB", channel: .voice, language: "en", market: "US", timeZone: "America/New_York",
            hours: .alwaysOpen, sla: .answered(percent: 80, withinSeconds: 20, shortAbandonSeconds: 5),
            slaEffectiveFrom: Date(timeIntervalSince1970: 1_767_225_600))
        return try #require(Queue.fold(try Queue.decide(.open(open), state: nil, context: .init(account: World.tabletMaker()))))
    }

    @Test func aSecondAccountWideProgramIsRefusedNamingTheExistingOne() throws {
        let basics = try program(define("TAB-BASICS"))
        let error = try #require(throws: TrainingProgramRejection.self) {
            try TrainingProgram.decide(self.define("TAB-A-NEW", on: "2026-06-01"), state: nil, context: try self.context([basics]))
        }
        #expect(error == .accountWideProgramExists("TAB", existing: "TAB-BASICS", name: "Program TAB-BASICS"))
        #expect(error.description.contains("account-wide training program TAB-BASICS (Program TAB-BASICS)"))
        #expect(error.description.contains("--replaces TAB-BASICS"))
    }

    @Test func aSecondProgramMayTakeOverNamedQueues() throws {
        let basics = try program(define("TAB-BASICS"))
        let slate = try program(define("TAB-A-SLATE", queues: ["TAB-VOICE-EN-US"], on: "2026-06-01"), among: [basics])
        let voice = try queue("TAB-VOICE-EN-US"), chat = try queue("TAB-CHAT-EN-US")
        #expect(RequiredProgram.byQueue([voice, chat], among: [basics, slate]).mapValues(\.id)
                == ["TAB-VOICE-EN-US": "TAB-A-SLATE", "TAB-CHAT-EN-US": "TAB-BASICS"])
    }

    @Test func anExplicitReplacementTakesOverEveryQueue() throws {
        let basics = try program(define("TAB-BASICS"))
        let next = try program(define("TAB-BASICS-2", on: "2026-06-01", replaces: "TAB-BASICS"), among: [basics])
        #expect(next.replaces == "TAB-BASICS")
        let voice = try queue("TAB-VOICE-EN-US")
        #expect(RequiredProgram.for(voice, among: [basics, next])?.id == "TAB-BASICS-2")
        #expect(RequiredProgram.inForce([basics, next]).map(\.id) == ["TAB-BASICS-2"])
        // Replacing a program the account does not have in force is refused.
        #expect(throws: TrainingProgramRejection.replacedProgramNotInForce("TAB-OTHER", "TAB")) {
            try TrainingProgram.decide(self.define("TAB-BASICS-3", replaces: "TAB-OTHER"), state: nil,
                                       context: try self.context([basics, next]))
        }
        // The replaced program is no longer in force: a third account-wide one must replace the second.
        #expect(throws: TrainingProgramRejection.accountWideProgramExists("TAB", existing: "TAB-BASICS-2", name: "Program TAB-BASICS-2")) {
            try TrainingProgram.decide(self.define("TAB-BASICS-3"), state: nil, context: try self.context([basics, next]))
        }
    }

    @Test func streamsThatAlreadyHoldTwoAccountWideProgramsKeepTheFirst() throws {
        // Recorded before the refusal existed: the newer program (lower id) must not take over.
        let incumbent = try program(define("TAB-Z-BASICS", on: "2026-01-05"))
        let newcomer = try program(define("TAB-A-NEW", on: "2026-11-01"))
        let voice = try queue("TAB-VOICE-EN-US")
        #expect(RequiredProgram.for(voice, among: [newcomer, incumbent])?.id == "TAB-Z-BASICS")
    }

    @Test func aRetiredProgramGatesNoQueue() throws {
        let basics = try program(define("TAB-BASICS"))
        let retire = TrainingProgramCommand.retire(RetireTrainingProgram(programID: "TAB-BASICS", retiredOn: "2026-12-01",
                                                                         reason: "client ended it"))
        let events = try TrainingProgram.decide(retire, state: basics)
        #expect(events == [.retired(.init(programID: "TAB-BASICS", retiredOn: "2026-12-01", reason: "client ended it"))])
        let retired = events.reduce(basics) { TrainingProgram.evolve($0, $1) }
        #expect(retired.retiredOn == "2026-12-01")
        #expect(RequiredProgram.for(try queue("TAB-VOICE-EN-US"), among: [retired]) == nil)
        // Retiring again on the same day changes nothing; on another day it is refused.
        #expect(try TrainingProgram.decide(retire, state: retired).isEmpty)
        #expect(throws: TrainingProgramRejection.alreadyRetired("TAB-BASICS", on: "2026-12-01")) {
            try TrainingProgram.decide(.retire(RetireTrainingProgram(programID: "TAB-BASICS", retiredOn: "2026-12-02",
                                                                     reason: "x")), state: retired)
        }
        #expect(throws: TrainingProgramRejection.retired("TAB-BASICS", on: "2026-12-01")) {
            try TrainingProgram.decide(.revise(ReviseTrainingProgram(
                programID: "TAB-BASICS", revision: 2, summary: "more", requirements: SlateProgram.requirements,
                effectiveOn: "2026-12-05")), state: retired)
        }
        #expect(throws: TrainingProgramRejection.notDefined("TAB-NONE")) {
            try TrainingProgram.decide(.retire(RetireTrainingProgram(programID: "TAB-NONE", retiredOn: "2026-12-01",
                                                                     reason: "x")), state: nil)
        }
        // With the old program retired, a new account-wide one needs no replacement.
        #expect(try TrainingProgram.decide(define("TAB-BASICS-2", on: "2026-12-02"), state: nil,
                                           context: try context([retired])).count == 1)
    }

    @Test func aRetirementBeforeTheDefinitionIsRefused() throws {
        let basics = try program(define("TAB-BASICS"))
        #expect(throws: TrainingProgramRejection.invalidFields([FieldProblem(
            field: "retiredOn", value: "2025-12-31", rule: "must not be before the program was defined on 2026-01-05")])) {
            try TrainingProgram.decide(.retire(RetireTrainingProgram(programID: "TAB-BASICS", retiredOn: "2025-12-31",
                                                                     reason: "x")), state: basics)
        }
    }

    @Test func anOldDefinitionWithoutReplacesStillDecodes() throws {
        let event = try TrainingProgramEvent.decode(type: "TrainingProgramDefined", schemaVersion: 1, payload: try TrainingProgramEvent
            .defined(.init(programID: "P", accountID: "TAB", name: "P", scope: .wholeAccount,
                           requirements: SlateProgram.requirements, definedOn: "2026-01-05")).encodedPayload())
        guard case let .defined(defined) = event else { Issue.record("\(event)"); return }
        #expect(defined.replaces == nil)
        #expect(!String(decoding: try event.encodedPayload(), as: UTF8.self).contains("replaces"))
    }
}
