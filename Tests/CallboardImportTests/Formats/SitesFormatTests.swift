import CallboardDomain
import CallboardImport
import Testing

@Suite("sites.csv")
struct SitesFormatTests {
    static let header = "site_id,name,country,timezone,seats,languages,opened_on,max_shift_hours,holidays\n"

    @Test func aRowOpensASite() throws {
        let commands = Parse.commands(SitesFormat.self, Self.header
            + "MNL,Manila,PH,Asia/Manila,420,en;tl,2019-03-01,9.5,2026-12-25 Christmas Day;2026-12-30 Rizal Day\n")
        let open = OpenSite(
            siteID: "MNL", name: "Manila", country: "PH", timeZone: "Asia/Manila", seats: 420, languages: ["en", "tl"],
            holidays: [Holiday(date: "2026-12-25", name: "Christmas Day"), Holiday(date: "2026-12-30", name: "Rizal Day")],
            maximumShiftMinutes: 570, openedOn: "2019-03-01")
        #expect(commands == [.open(open)])
    }

    @Test func optionalColumnsDefault() throws {
        let commands = try #require(Parse.commands(SitesFormat.self, "site_id,name,country,timezone,seats,languages,opened_on\n"
            + "SOF,Sofia,BG,Europe/Sofia,150,en;de;fr,2020-10-05\n"))
        guard case let .open(open) = commands.first else { Issue.record("not an opening"); return }
        #expect(open.maximumShiftMinutes == 600)
        #expect(open.holidays.isEmpty)
    }

    @Test func badValuesAreNamedByColumn() {
        #expect(Parse.problems(SitesFormat.self, Self.header
            + "MNL,Manila,PH,Asia/Manila,many,en,2019-02-30,25,Christmas\n") == [
            "sites.csv:2: seats: must be a whole number, but was 'many'",
            "sites.csv:2: opened_on: must be a date YYYY-MM-DD, but was '2019-02-30'",
            "sites.csv:2: holidays: each entry must be a date and a name such as 2026-12-30 Rizal Day, but 'Christmas' is not",
            "sites.csv:2: max_shift_hours: must be hours more than 0 and at most 24, in whole minutes, such as 10 or 9.5, but was '25'",
        ])
    }

    @Test func theDomainsRulesReadInColumns() {
        #expect(Parse.refusals(SitesFormat.self, Self.header
            + "M N L,,UK,Mars/Olympus,0,EN,2019-03-01,,\n", context: ()) == [
            "sites.csv:2: site_id: must be 1 to 64 letters, digits, '.', '_' or '-', but was 'M N L'",
            "sites.csv:2: name: must not be empty, but was ''",
            "sites.csv:2: country: must be an ISO 3166 two-letter country code such as PH, US or GB (the United Kingdom is GB), but was 'UK'",
            "sites.csv:2: timezone: must be a known IANA timezone such as Asia/Manila or Europe/Sofia, but was 'Mars/Olympus'",
            "sites.csv:2: seats: must be greater than zero, but was 0",
            "sites.csv:2: languages: must hold language codes such as en, tl, es or pt-BR, but was 'EN'",
        ])
    }
}
