import Testing
import StaffingMath

@Suite("Email and messages (deferred work)")
struct DeferredWorkStaffingTests {
    @Test("24/7 clock: 2,400 emails x 6 min in a 24 h window is 10 agents around the clock")
    func allHours() throws {
        let inbox = try DeferredWorkStaffing(contacts: 2400, handleTimeSeconds: 360, responseWindowSeconds: 86_400)
        let requirement = inbox.requirement(shrinkage: try Shrinkage(0.3))
        #expect(requirement.workloadSeconds == 864_000)
        #expect(requirement.openSecondsInWindow == 86_400)
        #expect(isClose(requirement.agentsWhileOpen, 10))
        #expect(requirement.agents == 10)
        #expect(requirement.scheduledAgents == 15)  // 10 / 0.7 = 14.3
    }

    @Test("Business clock, 8 h x 5 days: the same work needs 42 agents while open")
    func businessHours() throws {
        let clock = try OpeningHours(hoursPerDay: 8, daysPerWeek: 5)
        let inbox = try DeferredWorkStaffing(
            contacts: 2400, handleTimeSeconds: 360, responseWindowSeconds: 86_400, openingHours: clock)
        let requirement = inbox.requirement(shrinkage: try Shrinkage(0.3))
        #expect(isClose(requirement.openSecondsInWindow, 86_400 * 8 / 24 * 5 / 7))
        #expect(isClose(requirement.agentsWhileOpen, 42))
        #expect(requirement.agents == 42)
        #expect(requirement.scheduledAgents == 60)
    }

    @Test("Occupancy cap and fractional needs round up; no work needs nobody")
    func rounding() throws {
        let capped = try DeferredWorkStaffing(
            contacts: 2400, handleTimeSeconds: 360, responseWindowSeconds: 86_400, maxOccupancy: 0.8)
        #expect(capped.requirement().agents == 13)  // 12.5
        let small = try DeferredWorkStaffing(contacts: 3, handleTimeSeconds: 600, responseWindowSeconds: 14_400)
        #expect(small.requirement().agents == 1)
        let none = try DeferredWorkStaffing(contacts: 0, handleTimeSeconds: 600, responseWindowSeconds: 14_400)
        #expect(none.requirement(shrinkage: try Shrinkage(0.4)).agents == 0)
        #expect(none.requirement(shrinkage: try Shrinkage(0.4)).scheduledAgents == 0)
    }

    @Test("Input errors name the field")
    func errors() throws {
        #expect(throws: StaffingInputError.nonPositiveResponseWindow(seconds: 0)) {
            try DeferredWorkStaffing(contacts: 1, handleTimeSeconds: 60, responseWindowSeconds: 0)
        }
        #expect(throws: StaffingInputError.negativeContacts(-1)) {
            try DeferredWorkStaffing(contacts: -1, handleTimeSeconds: 60, responseWindowSeconds: 60)
        }
        #expect(throws: StaffingInputError.openHoursPerDayOutOfRange(25)) { try OpeningHours(hoursPerDay: 25, daysPerWeek: 5) }
        #expect(throws: StaffingInputError.openDaysPerWeekOutOfRange(0)) { try OpeningHours(hoursPerDay: 8, daysPerWeek: 0) }
    }
}
