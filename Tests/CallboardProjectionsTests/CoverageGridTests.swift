import CallboardDomain
import CallboardProjections
import Foundation
import Testing

/// Requirements stated per hour (hourly queues) or per quarter hour, put on the half-hour
/// coverage grid: nothing lost, nothing counted twice, DST days included.
@Suite("The half-hour coverage grid")
struct CoverageGridTests {
    static let nineUTC = Date(timeIntervalSince1970: 1_796_374_800)  // 2026-12-04T09:00:00Z

    @Test func anHoursRequirementAppliesToBothOfItsHalfHoursWithoutDoubling() {
        let cells = CoverageGrid.cells(of: Self.nineUTC, length: .sixtyMinutes)
        #expect(cells == [Self.nineUTC, Self.nineUTC + 1800])
        let required = CoverageGrid.requiredAgents([
            (Self.nineUTC, .sixtyMinutes, 12), (Self.nineUTC + 3600, .sixtyMinutes, 7),
        ])
        #expect(required == [Self.nineUTC: 12, Self.nineUTC + 1800: 12, Self.nineUTC + 3600: 7, Self.nineUTC + 5400: 7])
    }

    @Test func aHalfHourHoldingTwoQuarterHoursNeedsTheBusierOne() {
        let required = CoverageGrid.requiredAgents([
            (Self.nineUTC, .fifteenMinutes, 4), (Self.nineUTC + 900, .fifteenMinutes, 9), (Self.nineUTC + 1800, .thirtyMinutes, 5),
        ])
        #expect(required == [Self.nineUTC: 9, Self.nineUTC + 1800: 5])
        #expect(CoverageGrid.cells(of: Self.nineUTC + 900, length: .fifteenMinutes) == [Self.nineUTC])
    }

    @Test("New York's 25-hour fall-back day: 25 hourly intervals fill all 50 half hours")
    func hourlyOnAFallBackDay() throws {
        let zone = try #require(TimeZone(identifier: "America/New_York"))
        let day = LocalDay(try #require(LocalDate(year: 2026, month: 11, day: 1)), in: zone)
        let hours = day.intervalStarts(.sixtyMinutes)
        let halfHours = day.intervalStarts(CoverageGrid.length)
        #expect(hours.count == 25 && halfHours.count == 50)
        let required = CoverageGrid.requiredAgents(hours.enumerated().map { ($0.element, .sixtyMinutes, $0.offset + 1) })
        #expect(Set(required.keys) == Set(halfHours))
        #expect(halfHours.map { required[$0]! } == (1...25).flatMap { [$0, $0] })
    }
}
