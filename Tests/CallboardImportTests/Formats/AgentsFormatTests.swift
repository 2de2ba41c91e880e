import CallboardDomain
import CallboardImport
import Testing

@Suite("agents.csv")
struct AgentsFormatTests {
    static let header = "agent_id,site_id,name,hired_on,languages,skills,status,status_on\n"

    @Test func aRowHiresAndWalksTheLifecycleToItsStatus() {
        let commands = Parse.commands(AgentsFormat.self, Self.header
            + "MNL-1001,MNL,Maria Santos,2023-08-14,en:fluent;tl:native,voice;chat,live,2023-10-02\n")
        let hire = HireAgent(agentID: "MNL-1001", siteID: "MNL", name: "Maria Santos",
                             languages: [LanguageSkill("en", .fluent), LanguageSkill("tl", .native)],
                             skills: [.voice, .chat], hiredOn: "2023-08-14")
        let reason = AgentsFormat.statusReason
        #expect(commands == [
            .hire(hire),
            .changeStatus(agent: "MNL-1001", to: .nesting, effectiveOn: "2023-10-02", reason: reason),
            .changeStatus(agent: "MNL-1001", to: .live, effectiveOn: "2023-10-02", reason: reason),
        ])
    }

    @Test func leaveAndTheDefaultStatusDay() {
        let commands = Parse.commands(AgentsFormat.self, Self.header
            + "SOF-4002,SOF,Georgi Ivanov,2024-05-13,en:fluent,chat,leave,\n")
        #expect(commands?.last == .changeStatus(agent: "SOF-4002", to: .onLeave, effectiveOn: "2024-05-13",
                                                reason: AgentsFormat.statusReason))
        #expect(Parse.commands(AgentsFormat.self, Self.header + "SEL-5001,SEL,Kim Ji-woo,2026-02-23,ko:native,chat,,\n")?.count == 1)
    }

    @Test func badValuesAreNamedByColumn() {
        #expect(Parse.problems(AgentsFormat.self, Self.header
            + "MNL-1001,,Maria,2023-08-14,en;tl:native,voice;phone,retired,2023-01-01\n"
            + "MNL-1002,MNL,Jose,2024-01-08,en:fluent,voice,,2024-02-01\n") == [
            "agents.csv:2: site_id: must not be empty",
            "agents.csv:2: languages: each entry must be a language and level such as en:native or tl:fluent (native, fluent or working), but 'en' is not",
            "agents.csv:2: skills: each entry must be voice, email, chat or social, but 'phone' is not",
            "agents.csv:2: status: must be training, nesting, live, leave or left, but was 'retired'",
            "agents.csv:2: status_on: must not be before hired_on (2023-08-14), but was '2023-01-01'",
            "agents.csv:3: status_on: is given without a status",
        ])
    }

    @Test func theSiteMustBeOpen() throws {
        let site = try Fixtures.manila()
        #expect(Parse.refusals(AgentsFormat.self, Self.header
            + "CEB-2001,CEB,Paolo,2024-05-20,en:fluent,email,,\n"
            + "MNL-1009,MNL,,2024-05-20,en:fluent,email;email,,\n", context: AgentContext(site: site)) == [
            "agents.csv:2: site_id: Site CEB has not been opened.",
            "agents.csv:3: name: must not be empty, but was ''",
            "agents.csv:3: skills: must not repeat an entry, but was email, email",
        ])
    }
}
