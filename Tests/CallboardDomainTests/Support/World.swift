import Foundation
import Testing
@testable import CallboardDomain

/// The realistic world of DOMAIN.md, built through the public deciders so fixtures obey the
/// same rules as production data.
enum World {
    static func openSite(
        _ id: SiteID, zone: TimeZoneID, country: CountryCode = "PH", languages: [LanguageCode] = ["en"],
        maximumShiftMinutes: Int = OpenSite.defaultMaximumShiftMinutes
    ) throws -> SiteState {
        let open = OpenSite(
            siteID: id, name: "Site \(id)", country: country, timeZone: zone, seats: 100,
            languages: languages, maximumShiftMinutes: maximumShiftMinutes, openedOn: "2024-01-01")
        return try #require(Site.fold(try Site.decide(.open(open), state: nil)))
    }

    static func manila() throws -> SiteState { try openSite("MNL", zone: "Asia/Manila", languages: ["en", "tl"]) }
    static func sofia() throws -> SiteState { try openSite("SOF", zone: "Europe/Sofia", country: "BG") }
    static func santaCruz() throws -> SiteState { try openSite("SCZ", zone: "America/La_Paz", country: "BO") }
    static func newYork() throws -> SiteState { try openSite("NYC", zone: "America/New_York", country: "US") }
    static func london() throws -> SiteState { try openSite("LON", zone: "Europe/London", country: "GB") }

    static func closed(_ site: SiteState) throws -> SiteState {
        let events = try Site.decide(.close(site: site.id, closedOn: "2026-06-30", reason: "lease ended"), state: site)
        return events.reduce(site) { Site.evolve($0, $1) }
    }

    static func hire(_ id: AgentID, at site: SiteState) throws -> AgentState {
        let hire = HireAgent(
            agentID: id, siteID: site.id, name: "Agent \(id)",
            languages: [LanguageSkill("en", .fluent)], skills: [.voice, .chat], hiredOn: "2025-01-06")
        return try #require(Agent.fold(try Agent.decide(.hire(hire), state: nil, context: .init(site: site))))
    }

    static func tabletMaker() throws -> ClientAccountState {
        let sign = SignAccount(
            accountID: "TAB", name: "Tablet maker", markets: ["US", "GB", "DE", "FR", "BE"],
            brands: ["Slate"], channels: [.voice, .email, .chat], languages: ["en", "de", "fr"],
            signedOn: "2024-03-01")
        return try #require(ClientAccount.fold(try ClientAccount.decide(.sign(sign), state: nil)))
    }
}
