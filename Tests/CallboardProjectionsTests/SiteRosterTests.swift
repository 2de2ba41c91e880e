import CallboardDomain
@testable import CallboardProjections
import PostgresTestSupport
import Testing

@Suite("The site roster")
struct SiteRosterTests {
    @Test func showsEachAgentsCurrentSiteStatusLanguagesAndSkills() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await world.openSite("MNL", zone: "Asia/Manila", languages: ["en", "tl"])
            try await world.openSite("SCZ", zone: "America/La_Paz", languages: ["es", "en"])
            try await world.site(.changeSeats(site: "MNL", seats: 120, effectiveOn: "2025-02-01"))
            try await world.hire("A1", at: "MNL", languages: [LanguageSkill("tl", .fluent), LanguageSkill("en", .native)])
            try await world.hire("A2", at: "MNL", status: .training)
            try await world.hire("A3", at: "SCZ")
            try await world.agent(.transfer(agent: "A3", to: "MNL", effectiveOn: "2025-05-01"))
            try await world.agent(.changeLanguages(
                agent: "A3", languages: [LanguageSkill("es", .native), LanguageSkill("en", .working)], effectiveOn: "2025-06-01"))
            try await world.agent(.changeSkills(agent: "A3", skills: [.email], effectiveOn: "2025-06-01"))
            try await world.hire("A4", at: "MNL", status: .left)
            try await world.hire("A5", at: "MNL", status: .onLeave, on: "2025-03-03")
            try await world.hire("B1", at: "SCZ")

            // Small batches, so changes to one agent land in different batches.
            let roster = try await ReadModelHarness(store: store, batchSize: 2).live(RosterReport(siteID: "MNL")).output

            #expect(roster.site.seats == 120 && roster.site.timeZone == "Asia/Manila" && roster.site.languages == ["en", "tl"])
            #expect(roster.agents.map(\.agentID) == ["A1", "A3", "A2", "A5"])
            #expect(roster.agents[0].languages == [LanguageSkill("en", .native), LanguageSkill("tl", .fluent)])
            #expect(roster.agents[1] == RosterAgent(
                agentID: "A3", name: "Agent A3", status: .live, statusSince: "2025-01-06", hiredOn: "2025-01-06",
                languages: [LanguageSkill("es", .native), LanguageSkill("en", .working)], skills: [.email]))
            #expect(roster.agents[2].status == .training && roster.agents[2].skills == [.chat, .voice])
            #expect(roster.agents[3].status == .onLeave && roster.agents[3].statusSince == "2025-03-03")
        }
    }

    @Test func anUnknownSiteIsAnError() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await world.openSite("MNL", zone: "Asia/Manila")
            await #expect(throws: ReportError.unknownSite("XXX")) {
                try await ReadModelHarness(store: store).live(RosterReport(siteID: "XXX"))
            }
        }
    }
}
