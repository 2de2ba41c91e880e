import Testing
@testable import CallboardDomain

@Suite("Client accounts")
struct ClientAccountTests {
    private let watchBrand = SignAccount(
        accountID: "WAT", name: "Watch brand", markets: ["DE", "FR", "GB"],
        brands: ["Tick"], channels: [.chat, .email], languages: ["en", "de", "fr"],
        signedOn: "2025-09-01")

    @Test func signingRecordsTheContract() throws {
        let account = try #require(ClientAccount.fold(try ClientAccount.decide(.sign(watchBrand), state: nil)))
        #expect(account.channels == [.chat, .email])
        #expect(account.languages == ["de", "en", "fr"])
        #expect(account.markets == ["DE", "FR", "GB"])
        #expect(!account.isOffboarded)
    }

    @Test func signingReportsEveryInvalidField() throws {
        var bad = watchBrand
        bad.accountID = ""
        bad.name = ""
        bad.markets = ["UK"]
        bad.brands = []
        bad.channels = [.chat, .chat]
        bad.languages = ["DE"]
        let error = try #require(throws: ClientAccountRejection.self) {
            try ClientAccount.decide(.sign(bad), state: nil)
        }
        guard case let .invalidFields(problems) = error else { Issue.record("\(error)"); return }
        #expect(problems.map(\.field) == ["accountID", "name", "markets", "brands", "channels", "languages"])
    }

    @Test func signingTwiceIsRefused() throws {
        #expect(throws: ClientAccountRejection.alreadySigned("TAB")) {
            try ClientAccount.decide(.sign(watchBrand.with(id: "TAB")), state: World.tabletMaker())
        }
    }

    @Test func offboardingEndsTheContract() throws {
        let account = try World.tabletMaker()
        let events = try ClientAccount.decide(
            .offboard(account: "TAB", offboardedOn: "2027-01-31", reason: "ended"), state: account)
        let offboarded = events.reduce(account) { ClientAccount.evolve($0, $1) }
        #expect(offboarded.isOffboarded)
        #expect(throws: ClientAccountRejection.offboarded("TAB")) {
            try ClientAccount.decide(
                .offboard(account: "TAB", offboardedOn: "2027-02-01", reason: ""), state: offboarded)
        }
    }

    @Test func offboardingNeedsASignedAccount() {
        #expect(throws: ClientAccountRejection.notSigned("NOPE")) {
            try ClientAccount.decide(.offboard(account: "NOPE", offboardedOn: "2027-02-01", reason: ""), state: nil)
        }
    }
}

private extension SignAccount {
    func with(id: AccountID) -> SignAccount {
        var copy = self
        copy.accountID = id
        return copy
    }
}
