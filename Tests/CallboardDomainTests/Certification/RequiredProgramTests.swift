import Foundation
import Testing
@testable import CallboardDomain

@Suite("Which program a queue requires")
struct RequiredProgramTests {
    private func queue(_ id: QueueID, account: AccountID = "TAB") throws -> QueueState {
        let open = OpenQueue(
            queueID: id, accountID: account, channel: .voice, language: "en", market: "US",
            timeZone: "America/New_York", hours: .weekly([.monday: .init(open: "08:00", close: "20:00")]),
            sla: .answered(percent: 80, withinSeconds: 20, shortAbandonSeconds: 5),
            slaEffectiveFrom: Date(timeIntervalSince1970: 1_767_225_600))
        return try #require(Queue.fold(try Queue.decide(.open(open), state: nil, context: .init(account: World.tabletMaker()))))
    }

    private func program(_ id: ProgramID, queues: [QueueID] = []) throws -> TrainingProgramState {
        let define = DefineTrainingProgram(
            programID: id, accountID: "TAB", name: id.rawValue, scope: ProgramScope(queues: queues),
            requirements: SlateProgram.requirements, definedOn: "2026-01-05")
        let context = TrainingProgramContext(account: try World.tabletMaker(), accountQueues: Set(queues))
        return try #require(TrainingProgram.fold(try TrainingProgram.decide(.define(define), state: nil, context: context)))
    }

    @Test func aQueueScopedProgramWinsOverTheAccountWideOne() throws {
        let voice = try queue("TAB-VOICE-EN-US"), chat = try queue("TAB-CHAT-EN-US")
        let wide = try program("TAB-BASICS"), slate = try program("TAB-SLATE", queues: ["TAB-VOICE-EN-US"])
        #expect(RequiredProgram.for(voice, among: [wide, slate])?.id == "TAB-SLATE")
        #expect(RequiredProgram.for(chat, among: [slate, wide])?.id == "TAB-BASICS")
        #expect(RequiredProgram.byQueue([voice, chat], among: [wide, slate]).mapValues(\.id)
                == ["TAB-VOICE-EN-US": "TAB-SLATE", "TAB-CHAT-EN-US": "TAB-BASICS"])
    }

    @Test func equallySpecificProgramsAreDecidedByIdNotByOrder() throws {
        let voice = try queue("TAB-VOICE-EN-US")
        let alpha = try program("TAB-A"), beta = try program("TAB-B")
        #expect(RequiredProgram.for(voice, among: [beta, alpha])?.id == "TAB-A")
        #expect(RequiredProgram.for(voice, among: [alpha, beta])?.id == "TAB-A")
    }

    @Test func aQueueNoProgramCoversIsOpen() throws {
        let voice = try queue("TAB-VOICE-EN-US")
        let other = try program("TAB-SLATE", queues: ["TAB-CHAT-EN-US"])
        #expect(RequiredProgram.for(voice, among: [other]) == nil)
        #expect(RequiredProgram.byQueue([voice], among: [other]).isEmpty)
    }
}
