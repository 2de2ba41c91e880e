import CallboardDomain
import Testing

/// Domain states the import tests decide against, made through the public deciders.
enum Fixtures {
    static func manila() throws -> SiteState {
        let open = OpenSite(siteID: "MNL", name: "Manila", country: "PH", timeZone: "Asia/Manila", seats: 420,
                            languages: ["en", "tl"], openedOn: "2019-03-01")
        return try #require(Site.fold(try Site.decide(.open(open), state: nil)))
    }

    static func tabula() throws -> ClientAccountState {
        let sign = SignAccount(accountID: "TABULA", name: "Tabula Devices", markets: ["US", "GB"], brands: ["Tabula"],
                               channels: [.voice, .email], languages: ["en"], signedOn: "2023-09-01")
        return try #require(ClientAccount.fold(try ClientAccount.decide(.sign(sign), state: nil)))
    }

    static func maria(at site: SiteState) throws -> AgentState {
        let hire = HireAgent(agentID: "MNL-1001", siteID: site.id, name: "Maria Santos",
                             languages: [LanguageSkill("en", .fluent)], skills: [.voice], hiredOn: "2023-08-14")
        return try #require(Agent.fold(try Agent.decide(.hire(hire), state: nil, context: AgentContext(site: site))))
    }

    static func shiftContext() throws -> ShiftContext {
        let site = try manila()
        return ShiftContext(agent: try maria(at: site), site: site, knownQueues: ["TAB-VOICE-EN-US", "TAB-EMAIL-EN"])
    }
}
