import CallboardDomain
import CallboardImport
import CallboardOperations
import CallboardProjections
import EventStore
import PostgresTestSupport
import Projections
import Testing

/// A report checks its ids and finds its clock in the read models, in one statement
/// (`ReportReader.check`), instead of folding every site, account and queue stream of the log
/// (issue 17). Its answers must be the log's own: the listings' (`Listings`, which fold the
/// streams) for every site and account, and the same unknown ids with the same suggestions.
@Suite struct ReportIDCheckTests {
    /// The sample world plus an account whose two queues run on two clocks (a tie: the first
    /// by name wins) and an account without queues (UTC), with the read models caught up.
    static func withWorld(_ body: @Sendable (EventLog, ReportReader) async throws -> Void) async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let importer = Importer(store: store, actor: "test")
            _ = try await importer.importFile(.accounts, text: """
                account_id,name,markets,brands,channels,languages,signed_on
                TIED,Tied Clocks,US;FR,Tied,chat,en;fr,2025-01-01
                EMPTY,No Queues Yet,US,Empty,chat,en,2025-01-01

                """, file: "more-accounts.csv")
            _ = try await importer.importFile(.queues, text: """
                queue_id,account_id,channel,language,timezone,hours,sla,sla_effective_from,market
                TIED-CHAT-FR,TIED,chat,fr,Europe/Paris,24/7,80/30,2025-01-01T00:00:00Z,FR
                TIED-CHAT-EN,TIED,chat,en,America/Chicago,24/7,80/30,2025-01-01T00:00:00Z,US

                """, file: "more-queues.csv")
            let engine = ProjectionEngine(store: store, projections: CallboardReadModels.all, logger: TestDatabase.logger)
            try await engine.install()
            #expect(try await engine.settle(within: TestDatabase.heldBackTimeout))
            try await body(store, ReportReader(store: store, logger: TestDatabase.logger))
        }
    }

    @Test func everyKnownIDAndClockIsTheLogsOwn() async throws {
        try await Self.withWorld { store, reader in
            let listings = Listings(store: store)
            let (sites, accounts) = (try await listings.sites(), try await listings.accounts())
            let (queues, agents) = (try await listings.queues(), try await listings.agents())
            #expect(accounts.count == 6 && !queues.isEmpty && !agents.isEmpty)
            let check = try await reader.check(NamedIDs(
                sites: sites.map(\.id), accounts: accounts.map(\.id), queues: queues.map(\.id), agents: agents.map(\.id)))
            #expect(check.unknown == nil)
            #expect(check.siteClocks == Dictionary(uniqueKeysWithValues: sites.map { ($0.id, $0.timeZoneID) }))
            for account in accounts {
                let logClock = try await listings.marketTimeZone(of: account.id)
                #expect(check.marketClocks[account.id] == logClock, "\(account.id)")
            }
            #expect(check.marketClocks["TABULA"] == "America/New_York", "two of its four queues")
            #expect(check.marketClocks["TIED"] == "America/Chicago", "a tie goes to the first clock by name")
            #expect(check.marketClocks["EMPTY"] == "UTC", "no queue yet")
            let nothing = try await reader.check(NamedIDs())
            #expect(nothing.unknown == nil && nothing.siteClocks.isEmpty && nothing.marketClocks.isEmpty)
        }
    }

    @Test func theFirstUnknownIDIsNamedWithEveryKnownIDOfItsKind() async throws {
        try await Self.withWorld { store, reader in
            let listings = Listings(store: store)
            let accounts = try await listings.accounts().map(\.id.rawValue)
            let sites = try await listings.sites().map(\.id.rawValue)
            let queues = try await listings.queues().map(\.id.rawValue)
            let agents = try await listings.agents().map(\.id.rawValue)
            let account = try #require(try await reader.check(NamedIDs(sites: ["MNL"], accounts: ["tabula"], agents: ["MNL-1009"])).unknown)
            #expect(account.kind == "account" && account.id == "tabula" && Set(account.known) == Set(accounts))
            #expect(UnknownID(kind: account.kind, id: account.id, among: account.known).description == "no account tabula; did you mean TABULA?")

            let site = try #require(try await reader.check(NamedIDs(sites: ["MNL", "MNX"], accounts: ["tabula"])).unknown)
            #expect(site.kind == "site" && site.id == "MNX", "sites are checked first")
            #expect(Set(site.known) == Set(sites))

            let queue = try #require(try await reader.check(NamedIDs(accounts: ["TABULA"], queues: ["tab-voice-en-us"])).unknown)
            #expect(queue.kind == "queue" && Set(queue.known) == Set(queues))
            #expect(UnknownID(kind: queue.kind, id: queue.id, among: queue.known).suggestion == "TAB-VOICE-EN-US")

            let agent = try #require(try await reader.check(NamedIDs(sites: ["MNL"], agents: ["mnl-1001"])).unknown)
            #expect(agent.kind == "agent" && Set(agent.known) == Set(agents))
            #expect(UnknownID(kind: agent.kind, id: agent.id, among: agent.known).suggestion == "MNL-1001")
        }
    }
}
