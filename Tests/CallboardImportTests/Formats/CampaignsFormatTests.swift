import CallboardDomain
import CallboardImport
import Testing

@Suite("campaigns.csv")
struct CampaignsFormatTests {
    static let header = "account,queue,name,kind,first_day,last_day,expected_uplift\n"

    @Test func aRowRecordsOneCampaign() {
        #expect(Parse.commands(CampaignsFormat.self, Self.header
            + "TABULA,,Tabula Pro 13 launch,launch,2026-09-08,2026-09-20,1.3\n")
            == [.recordCampaign(RecordCampaign(accountID: "TABULA", name: "Tabula Pro 13 launch", kind: .launch,
                                               firstDay: "2026-09-08", lastDay: "2026-09-20", expectedUplift: 1.3))])
        #expect(Parse.commands(CampaignsFormat.self,
                               "account,name,kind,first_day,last_day,queue\nTABULA,Herbst,promotion,2026-10-05,2026-10-11,TAB-CHAT-DE\n")
            == [.recordCampaign(RecordCampaign(accountID: "TABULA", queueID: "TAB-CHAT-DE", name: "Herbst", kind: .promotion,
                                               firstDay: "2026-10-05", lastDay: "2026-10-11"))])
    }

    @Test func badValuesAreNamedByColumnAndLine() {
        #expect(Parse.problems(CampaignsFormat.self, Self.header
            + "TABULA,,Launch,sale,2026-09-08,20/09/2026,1.3\n"
            + ",,Launch,launch,2026-09-08,2026-09-20,a lot\n") == [
            "campaigns.csv:2: kind: must be launch or promotion, but was 'sale'",
            "campaigns.csv:2: last_day: must be a date YYYY-MM-DD, but was '20/09/2026'",
            "campaigns.csv:3: account: must not be empty",
            "campaigns.csv:3: expected_uplift: must be a number such as 87.5, but was 'a lot'",
        ])
    }

    @Test func aCampaignIsNamedOncePerAccountAndFile() {
        #expect(Parse.problems(CampaignsFormat.self, Self.header
            + "TABULA,,Launch,launch,2026-09-08,2026-09-20,\nPAWS,,Launch,launch,2026-09-08,2026-09-20,\n"
            + "TABULA,,Launch,launch,2026-09-09,2026-09-20,\n") == [
            "campaigns.csv:4: name: TABULA 'Launch' is already reported on line 2; a file reports each once",
        ])
    }

    @Test func refusalsReadInTheFilesColumns() {
        let outOfRange = ClientAccountRejection.invalidFields([
            FieldProblem(field: "expectedUplift", value: "130", rule: "must be a factor"),
            FieldProblem(field: "lastDay", value: "2026-01-01", rule: "must not be before firstDay"),
            FieldProblem(field: "name", value: "''", rule: "must not be empty"),
        ])
        #expect(CampaignsFormat.problems(explaining: outOfRange).map(\.column) == ["expected_uplift", "last_day", "name"])
        #expect(CampaignsFormat.problems(explaining: .queueOfAnotherAccount("Q", account: "A")).map(\.column) == ["queue"])
        #expect(CampaignsFormat.problems(explaining: .campaignAlreadyRecorded("A", name: "x")).map(\.column) == ["name"])
        #expect(CampaignsFormat.problems(explaining: .notSigned("A")).map(\.column) == ["account"])
    }
}
