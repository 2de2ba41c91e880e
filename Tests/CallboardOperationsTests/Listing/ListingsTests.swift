import CallboardDomain
import CallboardImport
import CallboardOperations
import PostgresTestSupport
import Testing

@Suite("Listings")
struct ListingsTests {
    @Test func listingsFoldTheCategoriesSortedByID() async throws {
        try await TestDatabase.withEventStore { store, _ in
            try await World.importEntities(into: store)
            _ = try await Importer(store: store, actor: "test").importFile(.shifts, text: try SampleFiles.text(.shifts), file: "shifts.csv")
            let listings = Listings(store: store)
            #expect(try await listings.sites().map(\.id) == ["CEB", "KUL", "MNL", "SCZ", "SEL", "SOF"])
            #expect(try await listings.agents(at: "MNL").map(\.id) == ["MNL-1001", "MNL-1002", "MNL-1003"])
            #expect(try await listings.agents().first { $0.id == "MNL-1001" }?.status == .live)
            #expect(try await listings.accounts().map(\.id) == ["ELETRO", "PAWS", "TABULA", "TEMPO"])
            #expect(try await listings.queues(of: "PAWS").map(\.id) == ["PAWS-CHAT-ES-MX", "PAWS-EMAIL-EN-US", "PAWS-SOCIAL-EN"])
            #expect(try await listings.schedule(of: "MNL-1001").activeShifts.count == 2)
            #expect(try await listings.schedule(of: "NOBODY").activeShifts.isEmpty)
        }
    }
}
