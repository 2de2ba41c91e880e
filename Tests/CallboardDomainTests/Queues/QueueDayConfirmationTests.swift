import Testing
@testable import CallboardDomain

@Suite("Days confirmed as real demand")
struct QueueDayConfirmationTests {
    private func openQueue() throws -> QueueState {
        let open = OpenQueue(
            queueID: "TAB-VOICE-EN-US", accountID: "TAB", channel: .voice, language: "en", market: "US",
            timeZone: "America/New_York", hours: .weekly([.friday: .init(open: "08:00", close: "20:00")]),
            sla: .answered(percent: 80, withinSeconds: 20, shortAbandonSeconds: 5),
            slaEffectiveFrom: utc("2026-01-01T05:00:00Z"))
        return try #require(
            Queue.fold(try Queue.decide(.open(open), state: nil, context: .init(account: World.tabletMaker()))))
    }

    private func applying(_ command: QueueCommand, to state: QueueState) throws -> QueueState {
        try Queue.decide(command, state: state).reduce(state) { Queue.evolve($0, $1) }
    }

    @Test func aDayIsConfirmedOnceAndAnotherReasonIsRefused() throws {
        let queue = try openQueue()
        let events = try Queue.decide(.confirmDay(queue: queue.id, on: "2026-03-06", reason: "storm"), state: queue)
        #expect(events == [.dayConfirmedReal(.init(queueID: queue.id, day: "2026-03-06", reason: "storm", confirmation: 1))])
        let confirmed = events.reduce(queue) { Queue.evolve($0, $1) }
        #expect(confirmed.confirmedDays == ["2026-03-06": "storm"])
        #expect(try Queue.decide(.confirmDay(queue: queue.id, on: "2026-03-06", reason: "storm"), state: confirmed).isEmpty)
        #expect(throws: QueueRejection.dayAlreadyConfirmed(queue.id, day: "2026-03-06", reason: "storm")) {
            try Queue.decide(.confirmDay(queue: queue.id, on: "2026-03-06", reason: "recall"), state: confirmed)
        }
    }

    @Test func aClosedDayCannotBeConfirmed() throws {
        let closed = try applying(.recordClosure(queue: "TAB-VOICE-EN-US", on: "2026-03-06", reason: "stocktake"),
                                  to: try openQueue())
        #expect(throws: QueueRejection.dayRecordedClosed("TAB-VOICE-EN-US", day: "2026-03-06")) {
            try Queue.decide(.confirmDay(queue: closed.id, on: "2026-03-06", reason: ""), state: closed)
        }
    }

    @Test func aWithdrawalKeepsTheLogAndAReconfirmationIsANewEvent() throws {
        let queue = try openQueue()
        let confirmed = try applying(.confirmDay(queue: queue.id, on: "2026-03-06", reason: "storm"), to: queue)
        let events = try Queue.decide(.withdrawDayConfirmation(queue: queue.id, on: "2026-03-06", reason: "it was an outage"),
                                      state: confirmed)
        #expect(events == [.dayConfirmationWithdrawn(.init(queueID: queue.id, day: "2026-03-06", reason: "it was an outage",
                                                           confirmation: 1))])
        let withdrawn = events.reduce(confirmed) { Queue.evolve($0, $1) }
        #expect(withdrawn.confirmedDays.isEmpty)
        #expect(throws: QueueRejection.noDayConfirmed(queue.id, day: "2026-03-06")) {
            try Queue.decide(.withdrawDayConfirmation(queue: queue.id, on: "2026-03-06", reason: ""), state: withdrawn)
        }
        let again = try Queue.decide(.confirmDay(queue: queue.id, on: "2026-03-06", reason: "storm"), state: withdrawn)
        #expect(again == [.dayConfirmedReal(.init(queueID: queue.id, day: "2026-03-06", reason: "storm", confirmation: 2))])
    }

    @Test func badValuesAndUnknownQueuesAreRefused() throws {
        #expect(throws: QueueRejection.notOpened("NONE")) {
            try Queue.decide(.confirmDay(queue: "NONE", on: "2026-03-06", reason: ""), state: nil)
        }
        let queue = try openQueue()
        let error = try #require(throws: QueueRejection.self) {
            try Queue.decide(.confirmDay(queue: queue.id, on: "0001-01-01", reason: "a\u{7}b"), state: queue)
        }
        guard case let .invalidFields(problems) = error else { Issue.record("\(error)"); return }
        #expect(Set(problems.map(\.field)) == ["on", "reason"])
    }
}
