import CallboardDomain
import CallboardProjections
import Forecasting
import Foundation
import PostgresTestSupport
import Testing

@Suite("Demand facts: closures, confirmed days and campaigns as the forecaster's known days")
struct DemandFactsTests {
    @Test func planningInputsCarryEachQueuesKnownDays() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await world.signAccount("TAB")
            try await world.signAccount("PET")
            try await world.openQueue("TAB-EN", account: "TAB")
            try await world.openQueue("TAB-ES", account: "TAB", language: "es")
            try await world.openQueue("PET-V", account: "PET")
            try await world.queue(.recordClosure(queue: "TAB-EN", on: "2026-03-06", reason: "stocktake"))
            try await world.queue(.recordClosure(queue: "TAB-EN", on: "2026-03-13", reason: "fire drill"))
            try await world.queue(.withdrawClosure(queue: "TAB-EN", on: "2026-03-13", reason: "wrong day"))
            try await world.queue(.confirmDay(queue: "TAB-ES", on: "2026-02-02", reason: "storm"))
            try await world.queue(.confirmDay(queue: "TAB-ES", on: "2026-02-03", reason: "storm"))
            try await world.queue(.withdrawDayConfirmation(queue: "TAB-ES", on: "2026-02-03", reason: "an outage after all"))

            var tab = world.accounts["TAB"], pet = world.accounts["PET"]
            func campaign(_ account: AccountID, _ queue: QueueID?, _ name: String, _ kind: CampaignKind,
                          _ first: LocalDate, _ last: LocalDate, _ uplift: Double?) -> ClientAccountCommand {
                .recordCampaign(RecordCampaign(accountID: account, queueID: queue, name: name, kind: kind, firstDay: first,
                                               lastDay: last, expectedUplift: uplift))
            }
            tab = try await world.record(ClientAccount.self, campaign("TAB", nil, "Slate launch", .launch, "2026-09-08",
                                                                      "2026-09-20", 1.3), state: tab, context: .init())
            tab = try await world.record(ClientAccount.self, campaign("TAB", "TAB-ES", "Rebajas", .promotion, "2026-07-01",
                                                                      "2026-07-07", nil),
                                         state: tab, context: .init(queue: world.queues["TAB-ES"]))
            tab = try await world.record(ClientAccount.self, campaign("TAB", nil, "Cancelled", .promotion, "2026-05-01",
                                                                      "2026-05-02", nil), state: tab, context: .init())
            tab = try await world.record(ClientAccount.self, .withdrawCampaign(account: "TAB", name: "Cancelled", reason: ""),
                                         state: tab, context: .init())
            pet = try await world.record(ClientAccount.self, campaign("PET", nil, "Pup launch", .launch, "2026-09-01",
                                                                      "2026-09-02", nil), state: pet, context: .init())

            let harness = ReadModelHarness(store: store, batchSize: 2)
            let queues = try await harness.live(PlanningInputsQuery(accounts: ["TAB"])).output
            let known = Dictionary(uniqueKeysWithValues: queues.map { ($0.queueID, $0.known) })
            func day(_ text: String) throws -> LocalDate { try #require(LocalDate(parsing: text)) }
            let launch = DemandCampaign(name: "Slate launch", kind: .launch, days: try day("2026-09-08")...day("2026-09-20"),
                                        expectedUplift: 1.3)
            let rebajas = DemandCampaign(name: "Rebajas", kind: .promotion, days: try day("2026-07-01")...day("2026-07-07"))
            #expect(known["TAB-EN"] == KnownDays(closures: [try day("2026-03-06"): "stocktake"], campaigns: [launch]))
            #expect(known["TAB-ES"] == KnownDays(confirmedReal: [try day("2026-02-02")], campaigns: [rebajas, launch]))
            #expect(!PlanningInputsQuery().readModels.map(\.name).filter { $0 == DemandFactsProjection().name }.isEmpty)

            let pets = try await harness.live(PlanningInputsQuery(queues: ["PET-V"])).output
            #expect(pets.first?.known.campaigns.map(\.name) == ["Pup launch"])
            #expect(pets.first?.known.closures.isEmpty == true)
        }
    }
}
