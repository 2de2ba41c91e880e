import Foundation
import Testing
@testable import CallboardDomain

/// Email and social SLAs state their percent (`90/24h`), are set per queue and effective
/// dated like voice SLAs, and events recorded before the percent existed still decode, judged
/// against the documented 95% default.
@Suite("First-response SLA contracts")
struct FirstResponseContractTests {
    private let legacyPayload = """
        {"effectiveFrom":"2026-01-01T05:00:00Z","queueID":"TAB-EMAIL-EN","sla":{"firstResponse":{"clock":"allHours","withinHours":24}}}
        """

    @Test func anSLAEventRecordedBeforePercentsWereStatedStillDecodes() throws {
        let event = try QueueEvent.decode(type: "QueueSLAChanged", schemaVersion: 1, payload: Data(legacyPayload.utf8))
        guard case let .slaChanged(change) = event else { Issue.record("\(event)"); return }
        #expect(change.sla == .firstResponse(withinHours: 24, clock: .allHours))
        #expect(change.sla.targetPercent == 95 && !change.sla.statesTarget)
        // Written back, it is the same bytes: no percent appears that the contract never stated.
        #expect(String(decoding: try event.encodedPayload(), as: UTF8.self) == legacyPayload)
    }

    @Test func aStatedPercentIsStoredAndReadBack() throws {
        let sla = ServiceLevelAgreement.firstResponse(withinHours: 24, clock: .businessHours, percent: 90)
        let event = QueueEvent.slaChanged(.init(queueID: "TAB-EMAIL-EN", sla: sla, effectiveFrom: utc("2026-11-27T05:00:00Z")))
        let stored = try event.encodedPayload()
        #expect(String(decoding: stored, as: UTF8.self).contains(#""percent":90"#))
        #expect(try QueueEvent.decode(type: "QueueSLAChanged", schemaVersion: 1, payload: stored) == event)
        #expect(sla.targetShare == 0.9)
    }

    @Test func anEmailQueuesSLAChangesFromAnInstantOn() throws {
        let open = OpenQueue(
            queueID: "TAB-EMAIL-EN", accountID: "TAB", channel: .email, language: "en", market: "US",
            timeZone: "America/New_York", hours: .alwaysOpen,
            sla: .firstResponse(withinHours: 24, clock: .allHours, percent: 95), slaEffectiveFrom: utc("2026-01-01T05:00:00Z"))
        let queue = try #require(Queue.fold(try Queue.decide(.open(open), state: nil, context: .init(account: World.tabletMaker()))))
        let peak = ServiceLevelAgreement.firstResponse(withinHours: 12, clock: .businessHours, percent: 90)
        let blackFriday = utc("2026-11-27T05:00:00Z")
        let events = try Queue.decide(.changeSLA(queue: queue.id, sla: peak, effectiveFrom: blackFriday), state: queue)
        #expect(events == [.slaChanged(.init(queueID: queue.id, sla: peak, effectiveFrom: blackFriday))])
        let changed = events.reduce(queue) { Queue.evolve($0, $1) }
        #expect(changed.sla(at: blackFriday.addingTimeInterval(-1)) == open.sla)
        #expect(changed.sla(at: blackFriday) == peak)
        // A change must state its percent as well; the rejected command records nothing.
        let unstated = ServiceLevelAgreement.firstResponse(withinHours: 12, clock: .businessHours)
        #expect(throws: QueueRejection.invalidFields([FieldProblem(
            field: "sla.percent", value: "not stated", rule: "must state the share to respond to in time, e.g. 95/12h")])) {
            try Queue.decide(.changeSLA(queue: queue.id, sla: unstated, effectiveFrom: utc("2026-12-26T05:00:00Z")), state: changed)
        }
        let tooHigh = ServiceLevelAgreement.firstResponse(withinHours: 12, clock: .businessHours, percent: 101)
        #expect(throws: QueueRejection.invalidFields([FieldProblem(
            field: "sla.percent", value: "101", rule: "must be more than 0 and at most 100")])) {
            try Queue.decide(.changeSLA(queue: queue.id, sla: tooHigh, effectiveFrom: utc("2026-12-26T05:00:00Z")), state: changed)
        }
    }
}
