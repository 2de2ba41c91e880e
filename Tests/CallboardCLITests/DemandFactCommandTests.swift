import ArgumentParser
import CallboardDomain
import Testing
@testable import CallboardCLI

/// `account campaign` and `queue confirm-day` turn their flags into the domain's commands and
/// refuse incomplete or contradictory ones while parsing.
@Suite struct DemandFactCommandTests {
    @Test func aCampaignsFlagsBecomeTheRecordCommand() throws {
        let parsed = try AccountCLICommand.Campaign.parse([
            "--account", "tabula", "--queue", "TAB-CHAT-DE", "--kind", "promotion", "--from", "2026-10-05",
            "--to", "2026-10-11", "--uplift", "1.4", "--name", "Herbst-Aktion",
        ])
        #expect(parsed.command == .recordCampaign(RecordCampaign(
            accountID: "tabula", queueID: "TAB-CHAT-DE", name: "Herbst-Aktion", kind: .promotion, firstDay: "2026-10-05",
            lastDay: "2026-10-11", expectedUplift: 1.4)))
        let withdrawal = try AccountCLICommand.Campaign.parse(
            ["--account", "tabula", "--name", "Herbst-Aktion", "--withdraw", "--reason", "cancelled"])
        #expect(withdrawal.command == .withdrawCampaign(account: "tabula", name: "Herbst-Aktion", reason: "cancelled"))
    }

    @Test func anIncompleteOrContradictoryCampaignIsRefusedWhenParsed() {
        func refusal(_ arguments: [String]) -> String? { FlagLimitTests.refusal(AccountCLICommand.Campaign.self, arguments) }
        #expect(refusal(["--account", "tabula", "--name", "L", "--from", "2026-09-08", "--to", "2026-09-20"])
            == "give --kind launch or --kind promotion")
        #expect(refusal(["--account", "tabula", "--name", "L", "--kind", "launch", "--from", "2026-09-08"])
            == "give the campaign's days with --from and --to")
        #expect(refusal(["--account", "tabula", "--name", "L", "--kind", "launch", "--from", "2026-09-20", "--to", "2026-09-08"])
            == "--to 2026-09-08 is before --from 2026-09-20")
        #expect(refusal(["--account", "tabula", "--name", "L", "--kind", "sale", "--from", "2026-09-08", "--to", "2026-09-20"])?
            .contains("must be launch or promotion") == true)
        #expect(refusal(["--account", "tabula", "--name", "L", "--withdraw", "--kind", "launch"])
            == "--withdraw takes only --account, --name and --reason")
        #expect(refusal(["--account", "tabula", "--name", "L", "--kind", "launch", "--from", "2026-09-08", "--to", "2026-09-20",
                         "--uplift", "lots"])?.contains("must be a number") == true)
    }

    @Test func confirmDayBecomesTheQueueCommand() throws {
        let confirm = try QueueCLICommand.ConfirmDay.parse(["--queue", "TAB-VOICE-EN-US", "--on", "2026-03-09", "--reason", "storm"])
        #expect(confirm.command == .confirmDay(queue: "TAB-VOICE-EN-US", on: "2026-03-09", reason: "storm"))
        let withdraw = try QueueCLICommand.ConfirmDay.parse(["--queue", "TAB-VOICE-EN-US", "--on", "2026-03-09", "--withdraw"])
        #expect(withdraw.command == .withdrawDayConfirmation(queue: "TAB-VOICE-EN-US", on: "2026-03-09", reason: ""))
        #expect(FlagLimitTests.refusal(QueueCLICommand.ConfirmDay.self, ["--queue", "Q", "--on", "9999-12-31"])?
            .contains("no end date") == true)
        #expect(FlagLimitTests.refusal(QueueCLICommand.ConfirmedDays.self, ["--queue", "Q", "--account", "A"])
            == "give --queue or --account, not both")
    }
}
