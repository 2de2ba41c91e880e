import CapacityPlanning
import Forecasting
import Foundation
import StaffingMath
import Testing

@Suite("Required agents per interval and per day")
struct RequirementTests {
    let start = Date(timeIntervalSince1970: 1_794_999_600)

    @Test func voiceMatchesThePublishedErlangExample() throws {
        let profile = try StaffingProfile(model: .queued(percent: 80, thresholdSeconds: 20, concurrency: 1),
                                          averageHandleSeconds: 180, shrinkage: 0.3, maxOccupancy: 1)
        let need = try profile.requirement(contacts: 100, intervalSeconds: 1800, start: start)
        #expect(need.agents == 14 && need.scheduled == 20)
        #expect(profile.targetText == "80/20")
    }

    @Test func theOccupancyCapRaisesTheRequirementWhenItBinds() throws {
        // 400 calls, AHT 180 s: 40 Erlangs. 80/20 alone needs 44 (91% occupancy); an 85% cap needs 48.
        let capped = try StaffingProfile(model: .queued(percent: 80, thresholdSeconds: 20, concurrency: 1), averageHandleSeconds: 180)
        let uncapped = try StaffingProfile(model: .queued(percent: 80, thresholdSeconds: 20, concurrency: 1),
                                           averageHandleSeconds: 180, maxOccupancy: 1)
        let load = try OfferedLoad(contacts: 400, intervalSeconds: 1800, averageHandleTimeSeconds: 180)
        let slOnly = try ErlangC(load: load).minimumAgents(for: StaffingGoal(serviceLevel: ServiceLevelTarget(percent: 80, thresholdSeconds: 20)))
        #expect(try uncapped.requirement(contacts: 400, intervalSeconds: 1800, start: start).agents == Double(slOnly))
        #expect(try capped.requirement(contacts: 400, intervalSeconds: 1800, start: start).agents == 48)
        #expect(slOnly < 48)
    }

    @Test func chatAgentsAreSlotsDividedByConcurrency() throws {
        let profile = try StaffingProfile(model: .queued(percent: 80, thresholdSeconds: 60, concurrency: 2),
                                          averageHandleSeconds: 600, shrinkage: 0.3, maxOccupancy: 1)
        let need = try profile.requirement(contacts: 120, intervalSeconds: 1800, start: start)
        let load = try OfferedLoad(contacts: 120, intervalSeconds: 1800, averageHandleTimeSeconds: 600)
        let reference = try ChatStaffing(load: load, concurrency: 2)
            .minimumAgents(for: StaffingGoal(serviceLevel: ServiceLevelTarget(percent: 80, thresholdSeconds: 60)))
        #expect(need.agents == Double(reference))
    }

    @Test func inboxWorkIsWorkloadOverOpenTimeAtTheOccupancyCap() throws {
        let profile = try StaffingProfile(model: .deferred(responseHours: 24), averageHandleSeconds: 300)
        let need = try profile.requirement(contacts: 48, intervalSeconds: 1800, start: start)
        #expect(abs(need.agents - 48 * 300 / (1800 * 0.85)) < 1e-9)
        #expect(need.scheduled == 14)  // 9.41 / 0.7 = 13.4
        #expect(profile.targetText == "24h")
    }

    @Test func badProfilesAreRefused() {
        #expect(throws: StaffingInputError.nonPositiveHandleTime(seconds: 0)) {
            try StaffingProfile(model: .deferred(responseHours: 24), averageHandleSeconds: 0)
        }
        #expect(throws: StaffingInputError.concurrencyBelowOne(0)) {
            try StaffingProfile(model: .queued(percent: 80, thresholdSeconds: 20, concurrency: 0), averageHandleSeconds: 60)
        }
        #expect(throws: StaffingInputError.shrinkageOutOfRange(1)) {
            try StaffingProfile(model: .deferred(responseHours: 24), averageHandleSeconds: 60, shrinkage: 1)
        }
    }

    @Test func aRosterNeedsPeopleForTheBusiestIntervalAndForAllTheHours() {
        let roster = RosterRule.standard
        #expect(roster.headcount(peak: 10, hours: 240) == 42)  // 24/7 at 10: 30 shifts a day, 5 days in 7
        #expect(roster.headcount(peak: 10, hours: 80) == 14)   // 8 busy hours: the peak decides
        #expect(roster.headcount(peak: 0, hours: 0) == 0)
    }

    @Test func seasonDaysAreTheQueuesLocalDaysAndOnlyTheSeasons() throws {
        let season = PeakSeason(id: "test", firstDay: "2026-11-23", lastDay: "2026-11-24")
        let newYork = TimeZone(identifier: "America/New_York")!
        // 2026-11-22 00:00 New York = 05:00 UTC; three local days of 48 intervals, 100 contacts each.
        let first = Date(timeIntervalSince1970: Double(LocalDate("2026-11-22").daysSinceEpoch * 86_400 + 5 * 3600))
        let forecast = (0..<(3 * 48)).map { ForecastInterval(start: first + Double($0 * 1800), p50: 100, p90: 120) }
        let profile = try StaffingProfile(model: .queued(percent: 80, thresholdSeconds: 20, concurrency: 1),
                                          averageHandleSeconds: 180, shrinkage: 0.3, maxOccupancy: 1)
        let need = try SeasonRequirement(intervals: forecast, intervalSeconds: 1800, timeZone: newYork, season: season, profile: profile)
        #expect(need.intervals.count == 96)
        #expect(need.days.map(\.day) == ["2026-11-23", "2026-11-24"])
        for day in need.days {
            #expect(day.contactsP50 == 4800 && day.contactsP90 == 5760)
            #expect(day.peakScheduled == 20 && day.scheduledHours == 480)
            #expect(day.headcount == 84)  // 480 h / 8 = 60 on duty, x 7/5
        }
    }

    @Test func aDaysContactsP90IsTheForecastDaysOwnNotTheSumOfItsIntervals() throws {
        let season = PeakSeason(id: "test", firstDay: "2026-11-23", lastDay: "2026-11-24")
        let newYork = TimeZone(identifier: "America/New_York")!
        let first = Date(timeIntervalSince1970: Double(LocalDate("2026-11-23").daysSinceEpoch * 86_400 + 5 * 3600))
        // The horizon covers the 23rd whole and the 24th only up to noon.
        let forecast = (0..<(48 + 24)).map { ForecastInterval(start: first + Double($0 * 1800), p50: 100, p90: 120) }
        let days = [ForecastDay(day: "2026-11-23", p50: 4800, baseline: 4800, uplift: 1, peakDay: nil, upliftEvidence: 0,
                                isWholeDay: true, p90: 5100),
                    ForecastDay(day: "2026-11-24", p50: 4800, baseline: 4800, uplift: 1, peakDay: nil, upliftEvidence: 0,
                                isWholeDay: false, p90: 5100)]
        let profile = try StaffingProfile(model: .queued(percent: 80, thresholdSeconds: 20, concurrency: 1),
                                          averageHandleSeconds: 180, shrinkage: 0.3, maxOccupancy: 1)
        let need = try SeasonRequirement(intervals: forecast, days: days, intervalSeconds: 1800, timeZone: newYork,
                                         season: season, profile: profile)
        #expect(need.days.map(\.contactsP90) == [5100, 24 * 120])
    }
}
