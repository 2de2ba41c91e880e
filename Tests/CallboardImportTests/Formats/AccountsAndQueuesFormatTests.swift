import CallboardDomain
import CallboardImport
import Foundation
import Testing

@Suite("accounts.csv and queues.csv")
struct AccountsAndQueuesFormatTests {
    static let accounts = "account_id,name,markets,brands,channels,languages,signed_on\n"
    static let queues = "queue_id,account_id,channel,language,timezone,hours,sla,sla_effective_from,market\n"

    @Test func anAccountRowSignsAnAccount() {
        let commands = Parse.commands(AccountsFormat.self, Self.accounts
            + "TABULA,Tabula Devices,US;GB;DE,Tabula;Tabula Pro,voice;email;chat,en;de,2023-09-01\n")
        #expect(commands == [.sign(SignAccount(
            accountID: "TABULA", name: "Tabula Devices", markets: ["US", "GB", "DE"], brands: ["Tabula", "Tabula Pro"],
            channels: [.voice, .email, .chat], languages: ["en", "de"], signedOn: "2023-09-01"))])
    }

    @Test func accountProblemsReadInColumns() {
        #expect(Parse.refusals(AccountsFormat.self, Self.accounts
            + "TABULA,Tabula Devices,US;UK,,voice;fax,en,2023-09-01\n", context: ClientAccountContext()) == [
            "accounts.csv:2: brands: must not be empty",
            "accounts.csv:2: channels: each entry must be voice, email, chat or social, but 'fax' is not",
        ])
        #expect(Parse.refusals(AccountsFormat.self, Self.accounts
            + "TABULA,Tabula Devices,US;UK,Tabula,voice,en,2023-09-01\n", context: ClientAccountContext()) == [
            "accounts.csv:2: markets: must be an ISO 3166 two-letter country code such as PH, US or GB (the United Kingdom is GB), but was 'UK'",
        ])
    }

    @Test func aQueueRowOpensAQueue() throws {
        let commands = try #require(Parse.commands(QueuesFormat.self, Self.queues
            + "TAB-VOICE-EN-US,TABULA,voice,en,America/New_York,mon-fri 08:00-22:00;sat-sun 09:00-18:00,80/20/5,2023-10-01T00:00:00-04:00,US\n"))
        guard case let .open(open) = commands.first else { Issue.record("not an opening"); return }
        #expect(open.sla == .answered(percent: 80, withinSeconds: 20, shortAbandonSeconds: 5))
        #expect(open.slaEffectiveFrom == Date(timeIntervalSince1970: 1_696_132_800))
        #expect(open.market == "US")
        guard case let .weekly(days) = open.hours else { Issue.record("not weekly hours"); return }
        #expect(days.count == 7)
        #expect(days[.saturday] == OpeningHours(open: "09:00", close: "18:00"))
    }

    @Test func queueProblemsReadInColumns() throws {
        let account = try Fixtures.tabula()
        #expect(Parse.refusals(QueuesFormat.self, Self.queues
            + "TAB-CHAT-DE,TABULA,chat,de,Europe/Berlin,mon-fry 08:00-20:00,80/20,2023-10-01,DE\n"
            + "TAB-EMAIL-EN,TABULA,email,en,America/New_York,24/7,80/20,2023-10-01T04:00:00Z,\n"
            + "TAB-VOICE-FR,TABULA,voice,fr,Europe/Paris,24/7,80/20,2023-10-01T04:00:00Z,FR\n"
            + "PAWS-EMAIL,PAWS,email,en,America/New_York,24/7,95/24h business,2023-10-01T04:00:00Z,\n"
            + "TAB-EMAIL-EN2,TABULA,email,en,America/New_York,24/7,24h,2023-10-01T04:00:00Z,\n"
            + "TAB-EMAIL-EN3,TABULA,email,en,America/New_York,24/7,120/24h,2023-10-01T04:00:00Z,\n",
            context: QueueContext(account: account)) == [
            "queues.csv:2: hours: must be 24/7 or days and hours such as mon-fri 08:00-20:00;sat 09:00-17:00, but 'fry' is not a day (mon, tue, wed, thu, fri, sat, sun)",
            "queues.csv:2: sla_effective_from: must be an instant such as 2026-11-27T14:30:00Z or 2026-11-27T09:30:00-05:00, but was '2023-10-01'",
            "queues.csv:6: sla: must state the share to respond to in time as well as the hours, such as 95/24h "
                + "(95% first responded within 24 h); no share is implied, but was '24h'",
            "queues.csv:3: sla: must be a first-response-within-hours target for a email queue, but was 80% answered within 20 s (abandons under 0 s excluded)",
            "queues.csv:4: language: The language 'fr' is not in client account TABULA's contract, which covers en.",
            "queues.csv:5: account_id: Client account PAWS has not been signed.",
            "queues.csv:7: sla: must be more than 0 and at most 100, but was 120",
        ])
    }
}
