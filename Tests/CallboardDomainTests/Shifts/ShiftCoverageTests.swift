import Foundation
import Testing
@testable import CallboardDomain

@Suite("Shift coverage of UTC intervals")
struct ShiftCoverageTests {
    @Test func fullIntervalsMinusBreaks() throws {
        let manila = try Scheduling(site: World.manila())
        let shift = try manila.planned(
            manila.plan(
                on: "2026-03-02", from: "09:00", to: "17:00",
                breaks: [ShiftBreak(start: "12:00", minutes: 60)]))
        let coverage = shift.coverage(.thirtyMinutes)
        #expect(coverage.count == 14)
        #expect(coverage.allSatisfy { $0.isFull })
        #expect(coverage.first?.start == utc("2026-03-02T01:00:00Z"))
        #expect(coverage.last?.start == utc("2026-03-02T08:30:00Z"))
        #expect(!coverage.map(\.start).contains(utc("2026-03-02T04:00:00Z")))
        #expect(shift.coverage(.fifteenMinutes).count == 28)
    }

    @Test func partialIntervalsCountWorkedSeconds() throws {
        let manila = try Scheduling(site: World.manila())
        let shift = try manila.planned(
            manila.plan(
                on: "2026-03-02", from: "09:10", to: "10:00",
                breaks: [ShiftBreak(start: "09:35", minutes: 5)]))
        let coverage = shift.coverage(.fifteenMinutes)
        #expect(coverage.map(\.workedSeconds) == [300, 900, 600, 900])
        #expect(
            coverage.map(\.start) == [
                utc("2026-03-02T01:00:00Z"), utc("2026-03-02T01:15:00Z"),
                utc("2026-03-02T01:30:00Z"), utc("2026-03-02T01:45:00Z"),
            ])
        #expect(coverage[0].fraction == 1.0 / 3.0)
    }

    @Test func coverageFollowsRealTimeAcrossDST() throws {
        let sofia = try Scheduling(site: World.sofia())
        let shift = try sofia.planned(sofia.plan(on: "2026-10-24", from: "22:00", to: "06:00"))
        let coverage = shift.coverage(.thirtyMinutes)
        #expect(coverage.count == 18)  // 9 h of real time
        #expect(coverage.first?.start == utc("2026-10-24T19:00:00Z"))
        #expect(coverage.last?.start == utc("2026-10-25T03:30:00Z"))
    }
}
