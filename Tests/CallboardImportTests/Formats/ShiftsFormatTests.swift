import CallboardDomain
import CallboardImport
import Testing

@Suite("shifts.csv")
struct ShiftsFormatTests {
    static let header = "agent_id,date,start,end,queues,breaks,start_occurrence,end_occurrence,shift_id\n"

    @Test func aRowPlansAShiftWithADefaultID() {
        let commands = Parse.commands(ShiftsFormat.self, Self.header
            + "MNL-1001,2026-03-02,21:00,06:00,TAB-VOICE-EN-US;TAB-EMAIL-EN,00:30+15;02:00+60,,later,\n")
        #expect(commands == [.plan(PlanShift(
            shiftID: "MNL-1001-2026-03-02-2100", agentID: "MNL-1001", queues: ["TAB-VOICE-EN-US", "TAB-EMAIL-EN"],
            date: "2026-03-02", start: "21:00", end: "06:00",
            breaks: [ShiftBreak(start: "00:30", minutes: 15), ShiftBreak(start: "02:00", minutes: 60)],
            endOccurrence: .later))])
    }

    @Test func badValuesAreNamedByColumn() {
        #expect(Parse.problems(ShiftsFormat.self, Self.header
            + "MNL-1001,2026-03-02,9:00,25:00,,12:00-30,first,,\n") == [
            "shifts.csv:2: start: must be a time HH:MM (24 h), but was '9:00'",
            "shifts.csv:2: end: must be a time HH:MM (24 h), but was '25:00'",
            "shifts.csv:2: queues: must not be empty",
            "shifts.csv:2: breaks: each entry must be a local start and minutes such as 12:00+30, but '12:00-30' is not",
            "shifts.csv:2: start_occurrence: must be earlier or later, but was 'first'",
        ])
    }

    @Test func theDomainsRulesReadInColumns() throws {
        #expect(Parse.refusals(ShiftsFormat.self, Self.header
            + "MNL-1001,2026-03-02,08:00,20:00,TAB-VOICE-EN-US,,,,\n"
            + "MNL-1001,2026-03-02,08:00,17:00,TAB-CHAT-DE,,,,\n"
            + "MNL-1001,2026-03-02,08:00,17:00,TAB-VOICE-EN-US,18:00+30,,,\n"
            + "MNL-1002,2026-03-02,08:00,17:00,TAB-VOICE-EN-US,,,,\n"
            + "MNL-1001,2026-03-02,08:00,17:00,TAB-VOICE-EN-US,,,,bad id\n",
            context: try Fixtures.shiftContext()) == [
            "shifts.csv:2: end: The shift lasts 12 h of real time, longer than site MNL's maximum of 10 h.",
            "shifts.csv:3: queues: No open queue is called TAB-CHAT-DE.",
            "shifts.csv:4: breaks: The break at 2026-03-02 18:00 does not lie within the shift.",
            "shifts.csv:5: agent_id: Agent MNL-1002 has not been hired.",
            "shifts.csv:6: shift_id: must be 1 to 64 letters, digits, '.', '_' or '-', but was 'bad id'",
        ])
    }
}
