import Testing
@testable import CallboardDomain

@Suite("Agent status history: live for the whole month")
struct AgentStatusHistoryTests {
    private func history(_ changes: [(LocalDate, AgentStatus)]) -> AgentStatusHistory {
        AgentStatusHistory(changes.map { .init(effectiveOn: $0.0, status: $0.1) })
    }

    @Test func liveFromBeforeTheMonthAndNeverAwayIsLiveAllMonth() {
        let agent = history([("2025-01-06", .training), ("2025-02-01", .nesting), ("2025-03-01", .live)])
        #expect(agent.isLive(from: "2026-11-01", through: "2026-11-30"))
        #expect(agent.status(on: "2025-02-15") == .nesting)
        #expect(agent.status(on: "2024-12-31") == nil)
    }

    @Test func goingLiveOrOnLeaveDuringTheMonthIsNotTheWholeMonth() {
        let late = history([("2026-10-01", .nesting), ("2026-11-02", .live)])
        #expect(!late.isLive(from: "2026-11-01", through: "2026-11-30"))
        #expect(late.isLive(from: "2026-12-01", through: "2026-12-31"))
        let leave = history([("2026-01-01", .live), ("2026-11-30", .onLeave)])
        #expect(!leave.isLive(from: "2026-11-01", through: "2026-11-30"))
        // A leave from the first of the next month leaves this month whole.
        let next = history([("2026-01-01", .live), ("2026-12-01", .onLeave)])
        #expect(next.isLive(from: "2026-11-01", through: "2026-11-30"))
    }
}
