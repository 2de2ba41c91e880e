import CapacityPlanning
import Forecasting
import Testing

@Suite("Capacity gaps and the hiring and training plan")
struct HiringPlanTests {
    static let days: [CalendarDay] = ["2026-11-23", "2026-11-24", "2026-11-25"]

    static func need(_ headcounts: [Int]) -> [DailyRequirement] {
        zip(days, headcounts).map { DailyRequirement(day: $0, contactsP50: 0, contactsP90: 0, peakScheduled: 0,
                                                      scheduledHours: 0, headcount: $1) }
    }

    static func supply(_ site: String, available: Int, pool: Int, scheduled: Int = 0) -> [CertifiedAvailability] {
        days.map { CertifiedAvailability(queueID: "Q", siteID: site, language: "en", day: $0, available: available,
                                         scheduled: scheduled, crossTrainable: pool) }
    }

    @Test func theGapIsRequiredMinusAvailableOverAllSites() {
        let supply = Self.supply("MNL", available: 10, pool: 0, scheduled: 4) + Self.supply("SCZ", available: 5, pool: 0)
            + [CertifiedAvailability(queueID: "OTHER", siteID: "MNL", language: "en", day: "2026-11-23", available: 99,
                                     scheduled: 0, crossTrainable: 0)]
        let capacity = CapacityDay.project(queueID: "Q", requirement: Self.need([12, 20, 15]), availability: supply)
        #expect(capacity.map(\.available) == [15, 15, 15])
        #expect(capacity.map(\.scheduled) == [4, 4, 4])
        #expect(capacity.map(\.gap) == [-3, 5, 0])
    }

    @Test func crossTrainingComesFirstFromTheLargestPoolThenHiresAtTheTeamsHome() {
        let supply = Self.supply("MNL", available: 10, pool: 2) + Self.supply("SCZ", available: 4, pool: 3)
            + Self.supply("SOF", available: 0, pool: 3)
        let capacity = CapacityDay.project(queueID: "Q", requirement: Self.need([10, 30, 25]), availability: supply)
        let lead = TrainingLeadTime(programID: "TAB-CORE", modules: 4, nestingDays: 10)  // 12 + 10 days
        let plan = HiringPlan(queueID: "Q", days: capacity, availability: supply, leadTime: lead)
        // Short by 16 at most, first on 24 November: SCZ and SOF pools (3 each, by id), MNL's 2, then 8 hires at MNL.
        #expect(plan.cohorts.map(\.siteID) == ["SCZ", "SOF", "MNL", "MNL"])
        #expect(plan.cohorts.map(\.kind) == [.crossTrain, .crossTrain, .crossTrain, .hire])
        #expect(plan.cohorts.map(\.agents) == [3, 3, 2, 8])
        #expect(plan.cohorts.allSatisfy { $0.neededBy == "2026-11-24" })
        #expect(plan.cohorts[0].latestStart == "2026-11-02")  // 22 days before
        #expect(plan.cohorts[3].latestStart == "2026-10-12")  // 21 more for recruiting
    }

    @Test func noShortfallNeedsNoCohortAndNoSiteMeansAnySite() {
        let ample = Self.supply("MNL", available: 50, pool: 0)
        let capacity = CapacityDay.project(queueID: "Q", requirement: Self.need([10, 30, 25]), availability: ample)
        #expect(HiringPlan(queueID: "Q", days: capacity, availability: ample, leadTime: .default).cohorts.isEmpty)

        let none = CapacityDay.project(queueID: "Q", requirement: Self.need([0, 0, 6]), availability: [])
        let plan = HiringPlan(queueID: "Q", days: none, availability: [], leadTime: .default)
        #expect(plan.cohorts == [HiringPlan.Cohort(queueID: "Q", siteID: nil, kind: .hire, agents: 6, neededBy: "2026-11-25",
                                                   latestStart: CalendarDay("2026-11-25").adding(days: -(21 + 14 + 14)))])
    }

    @Test func leadTimesComeFromTheProgramOrTheDocumentedDefault() {
        let lead = TrainingLeadTime(programID: "P", modules: 5, nestingDays: 14)
        #expect(lead.classroomDays == 15 && lead.crossTrainingDays == 29 && lead.hiringDays == 50)
        #expect(TrainingLeadTime.default.crossTrainingDays == 28 && TrainingLeadTime.default.programID == nil)
    }
}
