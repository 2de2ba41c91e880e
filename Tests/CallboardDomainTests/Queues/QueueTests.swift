import Testing
@testable import CallboardDomain

@Suite("Queues")
struct QueueTests {
    private let voiceTarget = ServiceLevelAgreement.answered(percent: 80, withinSeconds: 20, shortAbandonSeconds: 5)

    private func usVoice() -> OpenQueue {
        OpenQueue(
            queueID: "TAB-VOICE-EN-US", accountID: "TAB", channel: .voice, language: "en", market: "US",
            timeZone: "America/New_York", hours: .weekly([.monday: .init(open: "08:00", close: "20:00")]),
            sla: voiceTarget, slaEffectiveFrom: utc("2026-01-01T05:00:00Z"))
    }

    private func openQueue() throws -> QueueState {
        try #require(
            Queue.fold(try Queue.decide(.open(usVoice()), state: nil, context: .init(account: World.tabletMaker()))))
    }

    @Test func openingWithinTheContract() throws {
        let queue = try openQueue()
        #expect(queue.channel == .voice)
        #expect(queue.sla(at: utc("2026-06-01T00:00:00Z")) == voiceTarget)
        #expect(queue.sla(at: utc("2025-12-31T00:00:00Z")) == nil)
    }

    @Test func openingReportsEveryInvalidField() throws {
        var bad = usVoice()
        bad.queueID = "tab voice"
        bad.language = "EN"
        bad.market = "USA"
        bad.timeZone = "US/Eastern Standard"
        bad.hours = .weekly([:])
        bad.sla = .firstResponse(withinHours: 0, clock: .allHours)
        let error = try #require(throws: QueueRejection.self) {
            try Queue.decide(.open(bad), state: nil, context: .init(account: World.tabletMaker()))
        }
        guard case let .invalidFields(problems) = error else { Issue.record("\(error)"); return }
        #expect(
            problems.map(\.field) == ["queueID", "language", "market", "timeZone", "hours", "sla", "sla.withinHours"])
        #expect(
            problems[5].description == "sla must be a percent-answered-within-seconds target for a voice queue, "
                + "but was first response within 0 h (24/7 clock), no percent stated (judged against the 95% default).")
    }

    @Test func voiceTargetsMustBeSensible() throws {
        var bad = usVoice()
        bad.sla = .answered(percent: 120, withinSeconds: 0, shortAbandonSeconds: -1)
        let error = try #require(throws: QueueRejection.self) {
            try Queue.decide(.open(bad), state: nil, context: .init(account: World.tabletMaker()))
        }
        guard case let .invalidFields(problems) = error else { Issue.record("\(error)"); return }
        #expect(problems.map(\.field) == ["sla.percent", "sla.withinSeconds", "sla.shortAbandonSeconds"])
    }

    @Test func emailQueuesTakeAResponseTimeTarget() throws {
        var email = usVoice()
        email.queueID = "TAB-EMAIL-EN"
        email.channel = .email
        email.hours = .alwaysOpen
        email.sla = .firstResponse(withinHours: 24, clock: .allHours, percent: 90)
        let events = try Queue.decide(.open(email), state: nil, context: .init(account: World.tabletMaker()))
        #expect(events.count == 1)
        // The contract's percent must be stated: none is implied for a new SLA.
        email.sla = .firstResponse(withinHours: 24, clock: .allHours)
        #expect(throws: QueueRejection.invalidFields([FieldProblem(
            field: "sla.percent", value: "not stated", rule: "must state the share to respond to in time, e.g. 95/24h")])) {
            try Queue.decide(.open(email), state: nil, context: .init(account: World.tabletMaker()))
        }
    }

    @Test func theAccountMustBeSignedAndNotOffboarded() throws {
        #expect(throws: QueueRejection.accountNotSigned("TAB")) { try Queue.decide(.open(usVoice()), state: nil) }
        let account = try World.tabletMaker()
        let offboarded = try ClientAccount.decide(
            .offboard(account: "TAB", offboardedOn: "2027-01-01", reason: ""),
            state: account
        ).reduce(account) { ClientAccount.evolve($0, $1) }
        #expect(throws: QueueRejection.accountOffboarded("TAB")) {
            try Queue.decide(.open(usVoice()), state: nil, context: .init(account: offboarded))
        }
    }

    @Test func channelLanguageAndMarketMustBeInTheContract() throws {
        let account = try World.tabletMaker()
        var social = usVoice()
        social.channel = .social
        social.sla = .firstResponse(withinHours: 24, clock: .allHours, percent: 95)
        #expect(
            throws: QueueRejection.notInContract(
                "TAB", field: "channel", value: "social",
                contracted: ["chat", "email", "voice"])
        ) {
            try Queue.decide(.open(social), state: nil, context: .init(account: account))
        }
        var spanish = usVoice()
        spanish.language = "es"
        #expect(
            throws: QueueRejection.notInContract("TAB", field: "language", value: "es", contracted: ["de", "en", "fr"])
        ) {
            try Queue.decide(.open(spanish), state: nil, context: .init(account: account))
        }
        var mexico = usVoice()
        mexico.market = "MX"
        let refusal = QueueRejection.notInContract(
            "TAB", field: "market", value: "MX",
            contracted: ["BE", "DE", "FR", "GB", "US"])
        #expect(throws: refusal) { try Queue.decide(.open(mexico), state: nil, context: .init(account: account)) }
        #expect(
            refusal.description == "The market 'MX' is not in client account TAB's contract, which covers "
                + "BE, DE, FR, GB, US (field market).")
    }

    @Test func openingTwiceIsRefused() throws {
        #expect(throws: QueueRejection.alreadyOpened("TAB-VOICE-EN-US")) {
            try Queue.decide(.open(usVoice()), state: openQueue(), context: .init(account: World.tabletMaker()))
        }
    }

    @Test func slaChangesAreEffectiveDated() throws {
        let queue = try openQueue()
        let peak = ServiceLevelAgreement.answered(percent: 90, withinSeconds: 15, shortAbandonSeconds: 5)
        let blackFriday = utc("2026-11-27T05:00:00Z")
        let events = try Queue.decide(.changeSLA(queue: queue.id, sla: peak, effectiveFrom: blackFriday), state: queue)
        let changed = events.reduce(queue) { Queue.evolve($0, $1) }
        #expect(changed.sla(at: utc("2026-11-27T04:59:59Z")) == voiceTarget)
        #expect(changed.sla(at: blackFriday) == peak)
        #expect(
            try Queue.decide(.changeSLA(queue: queue.id, sla: peak, effectiveFrom: blackFriday), state: changed).isEmpty
        )
        #expect(throws: QueueRejection.slaAlreadyScheduled(queue.id, effectiveFrom: blackFriday, existing: peak)) {
            try Queue.decide(.changeSLA(queue: queue.id, sla: voiceTarget, effectiveFrom: blackFriday), state: changed)
        }
    }

    @Test func slaChangeMustFitTheChannel() throws {
        let email = ServiceLevelAgreement.firstResponse(withinHours: 24, clock: .businessHours)
        let error = try #require(throws: QueueRejection.self) {
            try Queue.decide(
                .changeSLA(queue: "TAB-VOICE-EN-US", sla: email, effectiveFrom: utc("2026-03-01T00:00:00Z")),
                state: openQueue())
        }
        guard case let .invalidFields(problems) = error else { Issue.record("\(error)"); return }
        #expect(problems.map(\.field) == ["sla"])
    }

    @Test func aClosedQueueAcceptsNoMoreChanges() throws {
        let queue = try openQueue()
        let closed = try Queue.decide(.close(queue: queue.id, closedOn: "2026-12-31", reason: ""), state: queue)
            .reduce(queue) { Queue.evolve($0, $1) }
        #expect(closed.isClosed)
        #expect(throws: QueueRejection.closed(queue.id)) {
            try Queue.decide(
                .changeSLA(queue: queue.id, sla: voiceTarget, effectiveFrom: utc("2027-01-01T00:00:00Z")), state: closed
            )
        }
        #expect(throws: QueueRejection.notOpened("NONE")) {
            try Queue.decide(.close(queue: "NONE", closedOn: "2026-12-31", reason: ""), state: nil)
        }
    }
}
