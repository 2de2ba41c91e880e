@testable import CallboardProjections
import CallboardDomain
import Foundation
import Testing

/// Published intervals folded onto coverage's half hours: a quarter-hourly forecast sums
/// its volume, takes its busier quarter's agents, and is staffed per quarter hour at P90; an
/// hourly forecast spreads its volume over both half hours, each needing the hour's agents.
@Suite struct PublishedHalfHoursTests {
    static func row(_ queue: QueueID, _ start: String, p50: Double, p90: Double, scheduled: Int) -> PublishedHalfHours.Row {
        PublishedHalfHours.Row(queueID: queue, start: utc(start), season: "black-friday-2026", revision: 1, p50: p50, p90: p90,
                               scheduled: scheduled, target: "80/20", handleSeconds: 180, shrinkage: 0.3)
    }

    @Test func quarterHoursFoldIntoHalfHoursAndChatIsStaffedInSlots() {
        let rows = [
            Self.row("Q15", "2026-11-27T10:00:00Z", p50: 10, p90: 50, scheduled: 3),
            Self.row("Q15", "2026-11-27T10:15:00Z", p50: 20, p90: 50, scheduled: 5),
            Self.row("Q15", "2026-11-27T10:30:00Z", p50: 30, p90: 50, scheduled: 4),
            Self.row("Q15", "2026-11-27T10:45:00Z", p50: 40, p90: 50, scheduled: 2),
            Self.row("V30", "2026-11-27T10:00:00Z", p50: 90, p90: 100, scheduled: 18),
            Self.row("C30", "2026-11-27T10:00:00Z", p50: 90, p90: 100, scheduled: 9),
        ]
        let folded = PublishedHalfHours(halfHours: PublishedHalfHours.halfHours(rows, channels: ["Q15": .voice, "V30": .voice, "C30": .chat]))
        let first = folded["Q15", utc("2026-11-27T10:00:00Z")], second = folded["Q15", utc("2026-11-27T10:30:00Z")]
        #expect(first?.p50 == 30 && first?.p90 == 100 && first?.scheduledP50 == 5)
        #expect(second?.p50 == 70 && second?.scheduledP50 == 4)
        // 50 contacts in a quarter hour at 180 s is 10 Erlangs, as 100 in a half hour: 20 to schedule.
        #expect(first?.scheduledP90 == 20 && second?.scheduledP90 == 20)
        #expect(folded["Q15", utc("2026-11-27T10:15:00Z")] == nil)
        #expect(folded["V30", utc("2026-11-27T10:00:00Z")]?.scheduledP90 == 20)
        // Two chats at once: 14 slots are 7 agents on contacts, 10 to schedule at 30% shrinkage.
        #expect(folded["C30", utc("2026-11-27T10:00:00Z")]?.scheduledP90 == 10)
        #expect(folded.sources == ["black-friday-2026 r1"])
    }

    @Test func aPublicationWhoseTargetCannotBeReadHasNoP90Requirement() {
        let odd = PublishedHalfHours.Row(queueID: "X", start: utc("2026-11-27T10:00:00Z"), season: "s", revision: 2, p50: 1, p90: 2,
                                         scheduled: 1, target: "soon", handleSeconds: 180, shrinkage: 0.3)
        let folded = PublishedHalfHours(halfHours: PublishedHalfHours.halfHours([odd], channels: ["X": .voice]))
        #expect(folded["X", utc("2026-11-27T10:00:00Z")]?.scheduledP50 == 1)
        #expect(folded["X", utc("2026-11-27T10:00:00Z")]?.scheduledP90 == nil)
    }

    @Test func anHourCoversBothItsHalfHoursWithItsAgents() {
        let rows = [
            Self.row("H60", "2026-11-27T10:00:00Z", p50: 180, p90: 200, scheduled: 30),
            Self.row("H60", "2026-11-27T11:00:00Z", p50: 60, p90: 80, scheduled: 12),
        ]
        let folded = PublishedHalfHours(halfHours: PublishedHalfHours.halfHours(rows, channels: ["H60": .voice]))
        let first = folded["H60", utc("2026-11-27T10:00:00Z")], second = folded["H60", utc("2026-11-27T10:30:00Z")]
        #expect(first?.p50 == 90 && second?.p50 == 90 && first?.p90 == 100 && second?.p90 == 100)
        #expect(first?.scheduledP50 == 30 && second?.scheduledP50 == 30, "agents on duty all hour, not split")
        // 200 contacts in an hour at 180 s is 10 Erlangs, as 100 in a half hour: 20 to schedule in both halves.
        #expect(first?.scheduledP90 == 20 && second?.scheduledP90 == 20)
        #expect(folded["H60", utc("2026-11-27T11:30:00Z")]?.scheduledP50 == 12)
    }
}
