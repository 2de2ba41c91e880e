import CallboardDomain
import CallboardImport
import Testing

@Suite("queue-closures.csv")
struct QueueClosuresFormatTests {
    static let header = "queue,date,reason\n"

    @Test func aRowRecordsOneClosedDay() {
        #expect(Parse.commands(QueueClosuresFormat.self, Self.header
            + "TEMPO-CHAT-FR,2026-03-06,\"stocktake, all day\"\n")
            == [.recordClosure(queue: "TEMPO-CHAT-FR", on: "2026-03-06", reason: "stocktake, all day")])
        #expect(Parse.commands(QueueClosuresFormat.self, Self.header + "TAB-VOICE-EN-GB,2026-04-14,\n")
            == [.recordClosure(queue: "TAB-VOICE-EN-GB", on: "2026-04-14", reason: "")])
        #expect(Parse.commands(QueueClosuresFormat.self, "queue,date\nTEMPO-CHAT-FR,2026-03-06\n")
            == [.recordClosure(queue: "TEMPO-CHAT-FR", on: "2026-03-06", reason: "")])
    }

    @Test func aQueuesDayIsClosedOncePerFile() {
        #expect(Parse.problems(QueueClosuresFormat.self, Self.header
            + "TEMPO-CHAT-FR,2026-03-06,stocktake\nTEMPO-CHAT-FR,2026-03-07,stocktake\n"
            + "TEMPO-CHAT-FR,2026-03-06,inventory\n") == [
            "queue-closures.csv:4: date: TEMPO-CHAT-FR 2026-03-06 is already reported on line 2; a file reports each once",
        ])
    }

    @Test func badValuesAreNamedByColumn() {
        #expect(Parse.problems(QueueClosuresFormat.self, Self.header
            + "TEMPO-CHAT-FR,06/03/2026,stocktake\n,2026-03-06,\n") == [
            "queue-closures.csv:2: date: must be a date YYYY-MM-DD, but was '06/03/2026'",
            "queue-closures.csv:3: queue: must not be empty",
        ])
        #expect(Parse.problems(QueueClosuresFormat.self, "queue,reason\nTEMPO-CHAT-FR,stocktake\n").count == 1)
    }

    @Test func refusalsReadInTheFilesColumns() {
        #expect(Parse.refusals(QueueClosuresFormat.self, Self.header + "TAB-VOICE-EN-UK,2026-04-14,drill\n",
                               context: QueueContext()) == [
            "queue-closures.csv:2: queue: Queue TAB-VOICE-EN-UK has not been opened.",
        ])
        let outOfRange = QueueRejection.invalidFields([
            FieldProblem(field: "on", value: "9999-12-31", rule: "must be a day"),
            FieldProblem(field: "reason", value: "'a'", rule: "must not contain control characters"),
        ])
        #expect(QueueClosuresFormat.problems(explaining: outOfRange).map(\.column) == ["date", "reason"])
        #expect(QueueClosuresFormat.problems(explaining: .closureAlreadyRecorded("Q", day: "2026-03-06", reason: "x"))
            .map(\.column) == ["reason"])
    }
}
