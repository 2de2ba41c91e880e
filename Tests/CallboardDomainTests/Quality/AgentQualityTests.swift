import Foundation
import Testing
@testable import CallboardDomain

@Suite("Agent quality facts")
struct AgentQualityTests {
    private let at = utc("2026-03-03T09:15:00Z")

    @Test func eachFactIsRecordedOnce() throws {
        let commands: [AgentQualityCommand] = [
            .recordQAEvaluation(agent: "A-1", queue: "Q1", evaluator: "qa.lee", score: 92, at: at),
            .recordCSATSurvey(agent: "A-1", queue: "Q1", contactID: "C-1", score: 5, at: at),
            .recordCommendation(agent: "A-1", account: "TAB", note: "Great save", at: at),
        ]
        var state: AgentQualityState?
        for command in commands {
            let events = try AgentQuality.decide(command, state: state)
            #expect(events.count == 1)
            state = events.reduce(state) { AgentQuality.evolve($0, $1) }
            #expect(try AgentQuality.decide(command, state: state).isEmpty)
        }
        #expect(state?.recorded.count == 3)
        #expect(AgentQuality.streamID(for: commands[0]) == "agentquality-A-1")
    }

    @Test func conflictingFactWithTheSameKeyIsRefused() throws {
        let first = try AgentQuality.decide(
            .recordCSATSurvey(agent: "A-1", queue: "Q1", contactID: "C-1", score: 5, at: at),
            state: nil)
        let refusal = AgentQualityRejection.conflictsWithRecorded(
            eventType: "CSATSurveyRecorded", naturalKey: "A-1|C-1")
        #expect(throws: refusal) {
            try AgentQuality.decide(
                .recordCSATSurvey(agent: "A-1", queue: "Q1", contactID: "C-1", score: 2, at: at),
                state: AgentQuality.fold(first))
        }
        #expect(
            refusal.description == "A CSATSurveyRecorded for A-1, C-1 is already recorded with different details; "
                + "facts are not overwritten.")
    }

    @Test(arguments: [-1.0, 100.5, .nan]) func qaScoresAreZeroToHundred(_ score: Double) throws {
        let error = try #require(throws: AgentQualityRejection.self) {
            try AgentQuality.decide(
                .recordQAEvaluation(agent: "A-1", queue: "Q1", evaluator: "qa", score: score, at: at), state: nil)
        }
        guard case let .invalidFields(problems) = error else { Issue.record("\(error)"); return }
        #expect(problems.map(\.field) == ["score"])
    }

    @Test(arguments: [0, 6]) func csatScoresAreOneToFive(_ score: Int) {
        #expect(
            throws: AgentQualityRejection.invalidFields([
                .init(field: "score", value: "\(score)", rule: "must be between 1 and 5")
            ])
        ) {
            try AgentQuality.decide(
                .recordCSATSurvey(agent: "A-1", queue: "Q1", contactID: "C-1", score: score, at: self.at), state: nil)
        }
    }

    @Test func textsAndIdentifiersAreRequired() throws {
        let qa = try #require(throws: AgentQualityRejection.self) {
            try AgentQuality.decide(
                .recordQAEvaluation(agent: "", queue: "Q 1", evaluator: " ", score: 50, at: at), state: nil)
        }
        #expect(
            qa
                == .invalidFields([
                    .init(field: "agentID", value: "''", rule: "must be 1 to 64 letters, digits, '.', '_' or '-'"),
                    .init(field: "queueID", value: "'Q 1'", rule: "must be 1 to 64 letters, digits, '.', '_' or '-'"),
                    .init(field: "evaluator", value: "' '", rule: "must not be empty"),
                ]))
        #expect(
            throws: AgentQualityRejection.invalidFields([
                .init(field: "contactID", value: "''", rule: "must not be empty")
            ])
        ) {
            try AgentQuality.decide(
                .recordCSATSurvey(agent: "A-1", queue: "Q1", contactID: "", score: 4, at: self.at), state: nil)
        }
        #expect(
            throws: AgentQualityRejection.invalidFields([.init(field: "note", value: "''", rule: "must not be empty")])
        ) {
            try AgentQuality.decide(
                .recordCommendation(agent: "A-1", account: "TAB", note: "", at: self.at), state: nil)
        }
    }
}
