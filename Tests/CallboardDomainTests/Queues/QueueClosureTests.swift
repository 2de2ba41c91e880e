import Foundation
import Testing
@testable import CallboardDomain

@Suite("Queue closures")
struct QueueClosureTests {
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

    @Test func aClosureIsRecordedForOneLocalDay() throws {
        let queue = try openQueue()
        let events = try Queue.decide(.recordClosure(queue: queue.id, on: "2026-03-06", reason: "stocktake"), state: queue)
        #expect(events == [.closureRecorded(.init(queueID: queue.id, day: "2026-03-06", reason: "stocktake"))])
        let closed = events.reduce(queue) { Queue.evolve($0, $1) }
        #expect(closed.closureDays == ["2026-03-06": "stocktake"])
    }

    @Test func theSameClosureAgainChangesNothingButAnotherReasonIsRefused() throws {
        let queue = try openQueue()
        let closed = try applying(.recordClosure(queue: queue.id, on: "2026-03-06", reason: "stocktake"), to: queue)
        #expect(try Queue.decide(.recordClosure(queue: queue.id, on: "2026-03-06", reason: "stocktake"), state: closed)
            .isEmpty)
        #expect(throws: QueueRejection.closureAlreadyRecorded(queue.id, day: "2026-03-06", reason: "stocktake")) {
            try Queue.decide(.recordClosure(queue: queue.id, on: "2026-03-06", reason: "fire drill"), state: closed)
        }
        #expect(try Queue.decide(.recordClosure(queue: queue.id, on: "2026-03-07", reason: "stocktake"), state: closed)
            .count == 1)
    }

    @Test func aWithdrawalReopensTheDayAndKeepsTheClosureInTheLog() throws {
        let queue = try openQueue()
        let closed = try applying(.recordClosure(queue: queue.id, on: "2026-03-06", reason: "stocktake"), to: queue)
        let events = try Queue.decide(.withdrawClosure(queue: queue.id, on: "2026-03-06", reason: "wrong queue"),
                                      state: closed)
        #expect(events == [.closureWithdrawn(.init(queueID: queue.id, day: "2026-03-06", reason: "wrong queue"))])
        let reopened = events.reduce(closed) { Queue.evolve($0, $1) }
        #expect(reopened.closureDays.isEmpty)
        #expect(throws: QueueRejection.noClosureRecorded(queue.id, day: "2026-03-06")) {
            try Queue.decide(.withdrawClosure(queue: queue.id, on: "2026-03-06", reason: ""), state: reopened)
        }
        let again = try applying(.recordClosure(queue: queue.id, on: "2026-03-06", reason: "fire drill"), to: reopened)
        #expect(again.closureDays == ["2026-03-06": "fire drill"])
        // The same closure again after its withdrawal is a new event, not the first one's id again.
        let first = try Queue.decide(.recordClosure(queue: queue.id, on: "2026-03-06", reason: "stocktake"), state: queue)
        let second = try Queue.decide(.recordClosure(queue: queue.id, on: "2026-03-06", reason: "stocktake"), state: reopened)
        #expect(second == [.closureRecorded(.init(queueID: queue.id, day: "2026-03-06", reason: "stocktake", recording: 2))])
        #expect(first.first?.eventID != second.first?.eventID)
        #expect(first.first?.eventID == DeterministicEventID.make(namespace: "QueueClosureRecorded",
                                                                  naturalKey: "TAB-VOICE-EN-US|2026-03-06"),
                "a first recording keeps the id closures always had")
    }

    @Test func aWithdrawalOfADayNeverClosedIsRefused() throws {
        let queue = try openQueue()
        #expect(throws: QueueRejection.noClosureRecorded(queue.id, day: "2026-03-06")) {
            try Queue.decide(.withdrawClosure(queue: queue.id, on: "2026-03-06", reason: ""), state: queue)
        }
    }

    @Test func anUnknownOrClosedQueueIsRefused() throws {
        #expect(throws: QueueRejection.notOpened("NONE")) {
            try Queue.decide(.recordClosure(queue: "NONE", on: "2026-03-06", reason: ""), state: nil)
        }
        let queue = try openQueue()
        let gone = try applying(.close(queue: queue.id, closedOn: "2026-12-31", reason: "moved"), to: queue)
        #expect(throws: QueueRejection.closed(queue.id)) {
            try Queue.decide(.recordClosure(queue: queue.id, on: "2027-01-04", reason: ""), state: gone)
        }
    }

    @Test func theDayAndReasonMustBeWithinTheLimits() throws {
        let queue = try openQueue()
        let error = try #require(throws: QueueRejection.self) {
            try Queue.decide(.recordClosure(queue: queue.id, on: "9999-12-31", reason: "a\u{0}b"), state: queue)
        }
        guard case let .invalidFields(problems) = error else { Issue.record("\(error)"); return }
        #expect(Set(problems.map(\.field)) == ["on", "reason"])
        #expect(problems.contains { $0.rule.contains("no end date") })
        let long = String(repeating: "x", count: PlainText.maximumCharacters + 1)
        #expect(throws: QueueRejection.self) {
            try Queue.decide(.withdrawClosure(queue: queue.id, on: "2026-03-06", reason: long), state: queue)
        }
    }

    @Test func closuresStoredBeforeRecordingsWereCountedReadAsTheFirst() throws {
        let old = #"{"day":"2026-03-06","queueID":"TAB-VOICE-EN-US","reason":"stocktake"}"#
        let event = try QueueEvent.decode(type: "QueueClosureRecorded", schemaVersion: 1, payload: Data(old.utf8))
        #expect(event == .closureRecorded(.init(queueID: "TAB-VOICE-EN-US", day: "2026-03-06", reason: "stocktake", recording: 1)))
    }
}
