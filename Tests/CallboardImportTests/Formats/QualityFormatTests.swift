import CallboardDomain
import CallboardImport
import Foundation
import Testing

@Suite("qa.csv, csat.csv and commendations.csv")
struct QualityFormatTests {
    static let qa = "evaluation_id,agent_id,queue,evaluator,score,evaluated_at\n"
    static let csat = "survey_id,agent_id,queue,score,answered_at,contact_id\n"
    static let commendations = "commendation_id,agent_id,account_id,note,received_at\n"
    static let noon = Date(timeIntervalSince1970: 1_772_539_200)  // 2026-03-03T12:00:00Z

    @Test func rowsRecordQualityFacts() {
        #expect(Parse.commands(QAFormat.self, Self.qa + "QA-1,MNL-1001,Q1,Liza Manalo,92.5,2026-03-03T12:00:00Z\n")
            == [.recordQAEvaluation(agent: "MNL-1001", queue: "Q1", evaluator: "Liza Manalo", score: 92.5, at: Self.noon)])
        #expect(Parse.commands(CSATFormat.self, Self.csat + "CS-1,MNL-1001,Q1,5,2026-03-03T12:00:00Z,CALL-9\n")
            == [.recordCSATSurvey(agent: "MNL-1001", queue: "Q1", contactID: "CALL-9", score: 5, at: Self.noon)])
        #expect(Parse.commands(CSATFormat.self, Self.csat + "CS-1,MNL-1001,Q1,5,2026-03-03T12:00:00Z,\n")
            == [.recordCSATSurvey(agent: "MNL-1001", queue: "Q1", contactID: "CS-1", score: 5, at: Self.noon)])
        #expect(Parse.commands(CommendationsFormat.self, Self.commendations
            + "CM-1,MNL-1001,TABULA,\"Kind, quick,\nand \"\"patient\"\"\",2026-03-03T12:00:00Z\n")
            == [.recordCommendation(agent: "MNL-1001", account: "TABULA", note: "Kind, quick,\nand \"patient\"", at: Self.noon)])
    }

    @Test func idsMustNotRepeatWithinAFile() {
        #expect(Parse.problems(QAFormat.self, Self.qa
            + "QA-1,MNL-1001,Q1,Liza Manalo,92.5,2026-03-03T12:00:00Z\n"
            + "QA-1,MNL-1002,Q1,Liza Manalo,80,2026-03-03T12:30:00Z\n") == [
            "qa.csv:3: evaluation_id: 'QA-1' is already used on line 2",
        ])
    }

    @Test func scoresAndTextsReadInColumns() {
        #expect(Parse.refusals(QAFormat.self, Self.qa + "QA-1,MNL-1001,Q1,,120,2026-03-03T12:00:00Z\n", context: ()) == [
            "qa.csv:2: evaluator: must not be empty, but was ''",
            "qa.csv:2: score: must be between 0 and 100, but was 120",
        ])
        #expect(Parse.refusals(CSATFormat.self, Self.csat + "CS-1,MNL-1001,Q1,4.5,2026-03-03T12:00:00Z,\n"
            + "CS-2,MNL-1001,Q1,0,2026-03-03T12:00:00Z,\n", context: ()) == [
            "csat.csv:2: score: must be a whole number, but was '4.5'",
            "csat.csv:3: score: must be between 1 and 5, but was 0",
        ])
        #expect(Parse.refusals(CommendationsFormat.self, Self.commendations
            + "CM-1,MNL-1001,TABULA, ,2026-03-03T12:00:00Z\n", context: ()) == [
            "commendations.csv:2: note: must not be empty, but was ' '",
        ])
    }
}
