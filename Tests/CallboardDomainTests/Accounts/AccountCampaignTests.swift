import Testing
@testable import CallboardDomain

@Suite("Account campaigns")
struct AccountCampaignTests {
    private func queue(_ id: QueueID = "TAB-CHAT-DE", account: ClientAccountState) throws -> QueueState {
        let open = OpenQueue(
            queueID: id, accountID: account.id, channel: .chat, language: "de", market: "DE", timeZone: "Europe/Berlin",
            hours: .weekly([.monday: .init(open: "08:00", close: "20:00")]),
            sla: .answered(percent: 80, withinSeconds: 30, shortAbandonSeconds: 5), slaEffectiveFrom: utc("2026-01-01T00:00:00Z"))
        return try #require(Queue.fold(try Queue.decide(.open(open), state: nil, context: .init(account: account))))
    }

    private func launch(queue: QueueID? = nil, uplift: Double? = 1.3, first: LocalDate = "2026-09-08",
                        last: LocalDate = "2026-09-20", name: String = "Slate 5 launch") -> RecordCampaign {
        RecordCampaign(accountID: "TAB", queueID: queue, name: name, kind: .launch, firstDay: first, lastDay: last,
                       expectedUplift: uplift)
    }

    private func applying(_ command: ClientAccountCommand, to state: ClientAccountState,
                          context: ClientAccountContext = ClientAccountContext()) throws -> ClientAccountState {
        try ClientAccount.decide(command, state: state, context: context).reduce(state) { ClientAccount.evolve($0, $1) }
    }

    @Test func anAccountWideLaunchIsRecorded() throws {
        let account = try World.tabletMaker()
        let events = try ClientAccount.decide(.recordCampaign(launch()), state: account)
        #expect(events == [.campaignRecorded(.init(
            accountID: "TAB", queueID: nil, name: "Slate 5 launch", kind: .launch, firstDay: "2026-09-08",
            lastDay: "2026-09-20", expectedUplift: 1.3, recording: 1))])
        let after = events.reduce(account) { ClientAccount.evolve($0, $1) }
        #expect(after.campaigns["Slate 5 launch"]?.lastDay == "2026-09-20")
    }

    @Test func aQueueCampaignNamesAnOpenQueueOfTheAccount() throws {
        let account = try World.tabletMaker()
        let queue = try queue(account: account)
        let promotion = launch(queue: queue.id)
        #expect(try ClientAccount.decide(.recordCampaign(promotion), state: account, context: .init(queue: queue)).count == 1)
        #expect(throws: ClientAccountRejection.queueNotOpened("TAB-CHAT-DE")) {
            try ClientAccount.decide(.recordCampaign(promotion), state: account)
        }
        var other = try World.tabletMaker()
        other = ClientAccount.evolve(nil, .signed(.init(
            accountID: "PAWS", name: "Pawsome", markets: ["DE"], brands: ["P"], channels: [.chat], languages: ["de"],
            signedOn: "2024-01-01")))
        let foreign = try self.queue("PAWS-CHAT-DE", account: other)
        #expect(throws: ClientAccountRejection.queueOfAnotherAccount("PAWS-CHAT-DE", account: "TAB")) {
            try ClientAccount.decide(.recordCampaign(launch(queue: "PAWS-CHAT-DE")), state: account,
                                     context: .init(queue: foreign))
        }
        let closed = try Queue.decide(.close(queue: queue.id, closedOn: "2026-12-31", reason: "moved"), state: queue)
            .reduce(queue) { Queue.evolve($0, $1) }
        #expect(throws: ClientAccountRejection.queueClosed("TAB-CHAT-DE")) {
            try ClientAccount.decide(.recordCampaign(promotion), state: account, context: .init(queue: closed))
        }
    }

    @Test func theSameCampaignAgainChangesNothingButOtherDetailsAreRefused() throws {
        let account = try applying(.recordCampaign(launch()), to: try World.tabletMaker())
        #expect(try ClientAccount.decide(.recordCampaign(launch()), state: account).isEmpty)
        #expect(throws: ClientAccountRejection.campaignAlreadyRecorded("TAB", name: "Slate 5 launch")) {
            try ClientAccount.decide(.recordCampaign(launch(uplift: 1.5)), state: account)
        }
        #expect(throws: ClientAccountRejection.campaignAlreadyRecorded("TAB", name: "Slate 5 launch")) {
            try ClientAccount.decide(.recordCampaign(launch(last: "2026-09-21")), state: account)
        }
    }

    @Test func aWithdrawnCampaignCanBeRecordedAgainAsANewEvent() throws {
        let recorded = try applying(.recordCampaign(launch()), to: try World.tabletMaker())
        let withdrawal = try ClientAccount.decide(
            .withdrawCampaign(account: "TAB", name: "Slate 5 launch", reason: "postponed"), state: recorded)
        #expect(withdrawal == [.campaignWithdrawn(.init(accountID: "TAB", name: "Slate 5 launch", reason: "postponed",
                                                        recording: 1))])
        let withdrawn = withdrawal.reduce(recorded) { ClientAccount.evolve($0, $1) }
        #expect(withdrawn.campaigns.isEmpty)
        #expect(throws: ClientAccountRejection.noCampaignRecorded("TAB", name: "Slate 5 launch")) {
            try ClientAccount.decide(.withdrawCampaign(account: "TAB", name: "Slate 5 launch", reason: ""), state: withdrawn)
        }
        let again = try ClientAccount.decide(.recordCampaign(launch()), state: withdrawn)
        guard case let .campaignRecorded(second)? = again.first else { Issue.record("\(again)"); return }
        #expect(second.recording == 2)
        let first = try ClientAccount.decide(.recordCampaign(launch()), state: try World.tabletMaker())
        #expect(again.first?.eventID != first.first?.eventID, "a second recording is not the first one's id again")
    }

    @Test func badValuesAreRefusedWithTheirFields() throws {
        let account = try World.tabletMaker()
        func fields(_ request: RecordCampaign) throws -> Set<String> {
            let error = try #require(throws: ClientAccountRejection.self) {
                try ClientAccount.decide(.recordCampaign(request), state: account)
            }
            guard case let .invalidFields(problems) = error else { Issue.record("\(error)"); return [] }
            return Set(problems.map(\.field))
        }
        #expect(try fields(launch(uplift: 13)) == ["expectedUplift"])
        #expect(try fields(launch(uplift: 0.05)) == ["expectedUplift"])
        #expect(try fields(launch(uplift: .nan)).contains("expectedUplift"))
        #expect(try fields(launch(first: "2026-09-20", last: "2026-09-08")) == ["lastDay"])
        #expect(try fields(launch(first: "2026-01-01", last: "2027-06-30")) == ["lastDay"])
        #expect(try fields(launch(name: "  ")) == ["name"])
        #expect(try fields(launch(name: "a\u{0}b")) == ["name"])
        #expect(try fields(launch(last: "9999-12-31")).contains("lastDay"))
        #expect(try ClientAccount.decide(.recordCampaign(launch(uplift: 10)), state: account).count == 1)
        #expect(try ClientAccount.decide(.recordCampaign(launch(uplift: nil)), state: account).count == 1)
    }

    @Test func anUnknownOrOffboardedAccountIsRefused() throws {
        #expect(throws: ClientAccountRejection.notSigned("TAB")) {
            try ClientAccount.decide(.recordCampaign(launch()), state: nil)
        }
        let gone = try applying(.offboard(account: "TAB", offboardedOn: "2026-06-30", reason: "contract ended"),
                                to: try World.tabletMaker())
        #expect(throws: ClientAccountRejection.offboarded("TAB")) {
            try ClientAccount.decide(.recordCampaign(launch()), state: gone)
        }
    }
}
