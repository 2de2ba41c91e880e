import CallboardDomain
import CallboardOperations
import PostgresTestSupport
import Testing

/// Ids are matched exactly; a miss names the id that was probably meant (issue 14, item 5).
@Suite("Unknown ids")
struct UnknownIDTests {
    @Test func aDifferenceOfCaseIsSuggestedFirst() {
        let miss = UnknownID(kind: "account", id: "TABULA", among: ["eletro", "paws", "tabula", "tempo"])
        #expect(miss.suggestion == "tabula")
        #expect(miss.description == "no account TABULA; did you mean tabula?")
    }

    @Test func aSmallTypoIsSuggestedAndAFarMissIsNot() {
        #expect(UnknownID.closest(to: "MNL-1001", among: ["CEB-0001", "MNL-0001", "MNL-0002"]) == "MNL-0001")
        #expect(UnknownID.closest(to: "MNL-0010", among: ["CEB-0010", "MNL-0100"]) == "MNL-0100", "a swap is one edit")
        #expect(UnknownID.closest(to: "tabla", among: ["tabula", "tempo"]) == "tabula")
        #expect(UnknownID.closest(to: "MLN", among: ["CEB", "KUL", "MNL"]) == "MNL")
        #expect(UnknownID.closest(to: "zzzzzz", among: ["tabula", "tempo"]) == nil)
        #expect(UnknownID.closest(to: "x", among: []) == nil)
        let far = UnknownID(kind: "site", id: "ATLANTIS", among: ["CEB", "MNL"])
        #expect(far.description == "no site ATLANTIS")
    }

    @Test func theLookupsRefuseAnUnknownIDAndFindAKnownOne() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            let listings = Listings(store: store)
            #expect(try await listings.account("TABULA").id == "TABULA")
            await #expect(throws: UnknownID.self) { _ = try await listings.account("tabula") }
            do {
                _ = try await listings.account("tabula")
            } catch let miss as UnknownID {
                #expect(miss.description == "no account tabula; did you mean TABULA?")
            }
            do {
                _ = try await listings.site("MNX")
                Issue.record("MNX is not a site")
            } catch let miss as UnknownID {
                #expect(miss.suggestion == "MNL")
            }
            await #expect(throws: UnknownID.self) { _ = try await listings.queue("PAWS-CHAT") }
            await #expect(throws: UnknownID.self) { _ = try await listings.agent("MNL-1009") }
            #expect(try await listings.marketTimeZone(of: "PAWS").rawValue.isEmpty == false)
        }
    }
}
