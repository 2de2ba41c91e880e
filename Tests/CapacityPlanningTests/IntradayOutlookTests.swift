import CapacityPlanning
import Foundation
import Testing

/// The intraday re-forecast (how the day runs, damped early) and the flags it raises.
@Suite struct IntradayOutlookTests {
    static let start = Date(timeIntervalSince1970: 1_794_999_600)  // 2026-11-18T11:00:00Z, on the half hour

    @Test func nothingReportedKeepsThePublishedForecast() {
        let day = IntradayReforecast(forecast: Array(repeating: 100, count: 48), actual: Array(repeating: nil, count: 48))
        #expect(day.observedRatio == nil && day.weight == 0 && day.scale == 1)
        #expect(day.forecastDay == 4800 && day.reforecast(80) == 80)
    }

    @Test func halfADayTwentyPercentOverScalesTheRestByTheCredibleShare() {
        let actual: [Double?] = Array(repeating: 120, count: 24) + Array(repeating: nil, count: 24)
        let day = IntradayReforecast(forecast: Array(repeating: 100, count: 48), actual: actual)
        #expect(day.forecastSoFar == 2400 && day.actualSoFar == 2880)
        #expect(abs((day.observedRatio ?? 0) - 1.2) < 1e-12)
        // Half the day's volume in: 0.5 / 0.75; 2,400 contacts: 2400 / 2450.
        let weight = 0.5 / 0.75 * 2400 / 2450
        #expect(abs(day.weight - weight) < 1e-12)
        #expect(abs(day.scale - (1 + weight * 0.2)) < 1e-12)
        #expect(abs(day.reforecast(100) - 113.0612244898) < 1e-6)
    }

    @Test func oneBusyFirstHalfHourBarelyMovesTheDay() {
        let actual: [Double?] = [200] + Array(repeating: nil, count: 47)
        let day = IntradayReforecast(forecast: Array(repeating: 100, count: 48), actual: actual)
        #expect(day.observedRatio == 2)
        let share = 1.0 / 48
        #expect(abs(day.weight - share / (share + 0.25) * 100 / 150) < 1e-12)
        #expect(day.scale > 1 && day.scale < 1.06)
    }

    @Test func aRunawayDayIsCappedAndUnforecastIntervalsDoNotCount() {
        let actual: [Double?] = Array(repeating: 1000, count: 47) + [nil, 30]
        let day = IntradayReforecast(forecast: Array(repeating: 100, count: 48) + [nil], actual: actual)
        #expect(day.observedRatio == 10 && day.forecastDay == 4800)
        #expect(day.scale == IntradayReforecast.scaleRange.upperBound)
        let quiet = IntradayReforecast(forecast: [100, 100, 100, 100], actual: [0, 0, 0, nil])
        // Three quarters of the day in, nothing arrived: 0.75 / 1.0 x 300 / 350 of the way down to 0.
        #expect(abs(quiet.scale - (1 - 0.75 * 300 / 350)) < 1e-12)
    }

    /// 100 contacts a half hour at 180 s, 80/20 and 30% shrinkage: 14 on contacts, 20 to schedule.
    @Test func flagsShortMissedAndBehindOnAConstructedDay() throws {
        let profile = try StaffingProfile(model: .queued(percent: 80, thresholdSeconds: 20, concurrency: 1), averageHandleSeconds: 180)
        let at = { (index: Int) in Self.start + Double(index) * 1800 }
        let intervals = [
            IntradayInterval(start: at(0), forecast: 100, actual: IntradayActual(offered: 100, answeredInTime: 70, counted: 100), eligible: 18),
            IntradayInterval(start: at(1), forecast: 100, actual: nil, eligible: 15),
            IntradayInterval(start: at(2), forecast: 100, actual: nil, eligible: 20),
            IntradayInterval(start: at(3), forecast: 100, actual: nil, eligible: 25),
            IntradayInterval(start: at(4), forecast: nil, actual: nil, eligible: 3),
        ]
        let outlook = IntradayOutlook(intervals, intervalSeconds: 1800, profile: profile, target: 0.8)
        #expect(outlook.reforecast.scale == 1, "the day runs as forecast")
        #expect(outlook.rows.map(\.required) == [20, 20, 20, 20, nil])
        #expect(outlook.rows.map(\.risks) == [[.missed], [.short, .behind], [.behind], [], []])
        #expect(outlook.rows.map(\.reforecast) == [nil, 100, 100, 100, nil])
        #expect(outlook.rows.map(\.actual) == [100, nil, nil, nil, nil])
        #expect(outlook.rows[0].serviceLevel == 0.7 && outlook.rows[0].serviceLevelSoFar == 0.7 && outlook.serviceLevelSoFar == 0.7)

        // Without an SLA nothing is missed or behind; without a profile nothing is required.
        let noTarget = IntradayOutlook(intervals, intervalSeconds: 1800, profile: profile, target: nil)
        #expect(noTarget.rows.map(\.risks) == [[], [.short], [], [], []])
        let noProfile = IntradayOutlook(intervals, intervalSeconds: 1800, profile: nil, target: 0.8)
        #expect(noProfile.rows.allSatisfy { $0.required == nil } && noProfile.rows.map(\.risks) == [[.missed], [], [], [], []])
    }

    @Test func aBusyMorningRaisesTheAfternoonsRequirement() throws {
        let profile = try StaffingProfile(model: .queued(percent: 80, thresholdSeconds: 20, concurrency: 1), averageHandleSeconds: 180)
        let intervals = (0..<8).map { index in
            IntradayInterval(start: Self.start + Double(index) * 1800, forecast: 100,
                             actual: index < 4 ? IntradayActual(offered: 150, answeredInTime: 120, counted: 150) : nil, eligible: 20)
        }
        let outlook = IntradayOutlook(intervals, intervalSeconds: 1800, profile: profile, target: 0.8)
        #expect(outlook.reforecast.scale > 1.2)
        let afternoon = outlook.rows.suffix(4)
        #expect(afternoon.allSatisfy { ($0.required ?? 0) > 20 && $0.risks == [.short] })
        #expect(outlook.rows.prefix(4).allSatisfy { $0.risks.isEmpty && $0.serviceLevel == 0.8 })
        #expect(try profile.requirement(contacts: afternoon.first!.reforecast!, intervalSeconds: 1800, start: Self.start).scheduled
            == afternoon.first!.required)
    }

    @Test func aPublishedTargetRebuildsTheSeasonJobsProfile() throws {
        let voice = try #require(StaffingProfile.published(target: "80/20", averageHandleSeconds: 180, shrinkage: 0.3, concurrency: 1))
        #expect(voice.targetText == "80/20" && voice.shrinkage == 0.3)
        #expect(try voice.requirement(contacts: 100, intervalSeconds: 1800, start: Self.start).scheduled == 20)
        let inbox = try #require(StaffingProfile.published(target: "24h", averageHandleSeconds: 600, shrinkage: 0.3, concurrency: 1))
        #expect(inbox.model == .deferred(responseHours: 24))
        #expect(StaffingProfile.published(target: "fast", averageHandleSeconds: 180, shrinkage: 0.3, concurrency: 1) == nil)
        #expect(StaffingProfile.published(target: "80/20", averageHandleSeconds: 0, shrinkage: 0.3, concurrency: 1) == nil)
    }
}
