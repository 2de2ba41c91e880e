import CallboardDomain
import CallboardProjections
import Foundation
import PostgresTestSupport
import Testing

@Suite("Staffing coverage across sites and timezones")
struct CoverageReportTests {
    /// What each agent contributes to TAB-EN at a UTC interval start, from the world's plan.
    static func expectedEnglish(at start: Date) -> (scheduled: Int, eligible: Int, fte: Double, sites: [SiteID]) {
        let hour = start.timeIntervalSince(utc("2026-11-01T00:00:00Z")) / 3600
        let m1 = hour >= 4 && hour < 14 && hour != 9  // 09:00-09:30 UTC is M1's break
        let m2 = hour >= 4 && hour < 14
        let s1Seconds = hour == 7 ? 900.0 : (hour > 7 && hour < 11 ? 1800 : 0)
        let s2 = hour >= 7 && hour < 9
        let scheduled = [m1, m2, s1Seconds > 0, s2].filter { $0 }.count
        let eligible = [m1, s1Seconds > 0].filter { $0 }.count
        let fte = ((m1 ? 1800 : 0) + s1Seconds) / 1800
        return (scheduled, eligible, fte, (m1 ? ["MNL"] : []) + (s1Seconds > 0 ? ["SCZ"] : []))
    }

    @Test func aManilaAgentCoversANewYorkQueueAcrossTheFallBackNight() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await Worlds.followTheSun(&world)
            let result = try await ReadModelHarness(store: store).live(CoverageReport(accountID: "TAB", date: "2026-11-01"))
            let coverage = result.output
            #expect(coverage.timeZone == "America/New_York")

            // 25 hours in New York that day: 50 half hours, all open on the 24/7 queue.
            let english = coverage.intervals.filter { $0.queueID == "TAB-EN" }
            #expect(english.count == 50)
            #expect(english.first?.start == utc("2026-11-01T04:00:00Z"))
            #expect(english.last?.start == utc("2026-11-02T04:30:00Z"))
            let clock = english.prefix(8).map { "\($0.localStart.time) \($0.utcOffsetSeconds / 3600)" }
            #expect(clock == ["00:00 -4", "00:30 -4", "01:00 -4", "01:30 -4", "01:00 -5", "01:30 -5", "02:00 -5", "02:30 -5"])
            for interval in english {
                let expected = Self.expectedEnglish(at: interval.start)
                #expect(interval.scheduledAgents == expected.scheduled, "scheduled at \(interval.start)")
                #expect(interval.eligibleAgents == expected.eligible, "eligible at \(interval.start)")
                #expect(abs(interval.eligibleFTE - expected.fte) < 1e-9, "FTE at \(interval.start)")
                #expect(interval.sites.map(\.siteID) == expected.sites, "sites at \(interval.start)")
                #expect(interval.isOpen && interval.requiredAgents == nil)
            }
            #expect(english.filter { $0.eligibleAgents > 0 }.count == 20)

            // TAB-ES: S1's hours while the queue is closed, then the open Sunday morning unstaffed.
            let spanish = coverage.intervals.filter { $0.queueID == "TAB-ES" }
            #expect(spanish.filter { !$0.isOpen }.map(\.start) == (0..<8).map { utc("2026-11-01T07:00:00Z") + Double($0) * 1800 })
            #expect(spanish.filter { !$0.isOpen }.allSatisfy { $0.eligibleAgents == 1 && $0.sites.map(\.siteID) == ["SCZ"] })
            #expect(spanish.filter(\.isOpen).map(\.start) == (0..<8).map { utc("2026-11-01T13:00:00Z") + Double($0) * 1800 })
            #expect(spanish.filter(\.isOpen).allSatisfy { $0.scheduledAgents == 0 })
        }
    }

    @Test func anyTimezoneReadsItsOwnLocalDay() async throws {
        try await TestDatabase.withEventStore { store, _ in
            var world = WorldLog(store: store)
            try await Worlds.followTheSun(&world)
            let harness = ReadModelHarness(store: store)
            let manila = try await harness.live(CoverageReport(accountID: "TAB", date: "2026-11-01", timeZone: "Asia/Manila"))
            let english = manila.output.intervals.filter { $0.queueID == "TAB-EN" }
            #expect(english.count == 48)
            #expect(english.first?.start == utc("2026-10-31T16:00:00Z"))
            #expect(english.first.map { "\($0.localStart)" } == "2026-11-01 00:00")
            // Manila's 12:00-22:00 shift, minus the break, in Manila's own day.
            #expect(english.filter { $0.sites.map(\.siteID).contains("MNL") }.count == 19)

            await #expect(throws: ReportError.unknownTimeZone("Mars/Olympus")) {
                try await harness.live(CoverageReport(accountID: "TAB", date: "2026-11-01", timeZone: "Mars/Olympus"))
            }
            await #expect(throws: ReportError.unknownAccount("NOPE")) {
                try await harness.live(CoverageReport(accountID: "NOPE", date: "2026-11-01"))
            }
        }
    }

    @Test func localDaysHave23Or25HoursWhenClocksChange() {
        let newYork = TimeZone(identifier: "America/New_York")!
        #expect(LocalDay("2026-03-08", in: newYork).intervalStarts(.thirtyMinutes).count == 46)
        #expect(LocalDay("2026-11-01", in: newYork).intervalStarts(.thirtyMinutes).count == 50)
        #expect(LocalDay("2026-11-02", in: newYork).intervalStarts(.thirtyMinutes).count == 48)
        // Nepal's +05:45: the day spans 49 UTC half hours, the first starting before midnight.
        let nepal = LocalDay("2026-11-01", in: TimeZone(identifier: "Asia/Kathmandu")!)
        #expect(nepal.intervalStarts(.thirtyMinutes).count == 49)
        #expect(nepal.intervalStarts(.thirtyMinutes).first == utc("2026-10-31T18:00:00Z"))
    }
}
