import CapacityPlanning
import Forecasting
import Testing
@testable import CallboardCLI

/// Issue 13, item 5: the chart's figures as `report peak --chart` derives them from the
/// report's rows until the allocator supplies them: no requirement drawn for past days the
/// publication does not forecast, actuals only before today, P90 above P50, and planned
/// supply growing by each cohort on the day it can land (today plus its lead time when its
/// latest start has passed).
@Suite struct PeakChartFromOutlookTests {
    typealias Row = PeakChartFromOutlook.QueueDay
    static let today: CalendarDay = "2026-12-07"

    static let rows = [
        Row(day: "2026-12-05", forecastP50: 0, forecastP90: 0, actual: 400, required: 0, supplied: 10),
        Row(day: "2026-12-06", forecastP50: 200, forecastP90: 260, actual: 300, required: 10, supplied: 10),
        Row(day: "2026-12-07", forecastP50: 200, forecastP90: 300, actual: 50, required: 10, supplied: 10),
        Row(day: "2026-12-20", forecastP50: 400, forecastP90: 500, actual: nil, required: 16, supplied: 10),
        Row(day: "2026-12-28", forecastP50: 0, forecastP90: 0, actual: nil, required: 0, supplied: 10),
    ]

    static let plan = [
        // Overdue: the latest start (16 Nov) has passed; 21 days of lead time land it on 28 Dec.
        HiringPlan.Cohort(queueID: "q", siteID: "MNL", kind: .hire, agents: 4, neededBy: "2026-12-07", latestStart: "2026-11-16"),
        // In time: lands on its needed-by day.
        HiringPlan.Cohort(queueID: "q", siteID: "MNL", kind: .crossTrain, agents: 2, neededBy: "2026-12-20", latestStart: "2026-12-10"),
    ]

    @Test func pastDaysShowWhatArrivedAndTheFutureShowsTheBandAndThePlan() {
        let days = PeakChartFromOutlook.days(of: Self.rows, plan: Self.plan, today: Self.today)
        // Published during the season: the 5th unforecast, the 6th forecast only from its last reported interval.
        #expect(days.map(\.requiredP50) == [nil, nil, 10, 16, 0], "no requirement drawn for unforecast past days; a closed future day is 0")
        #expect(days.map(\.requiredP90) == [nil, nil, 15, 20, 0])
        // Actuals before today only: 300 contacts at 10 agents per 200 = 15; the unforecast day at the season's 36/800.
        #expect(days.map(\.actualRequired) == [400 * 36.0 / 800, 15, nil, nil, nil])
        #expect(days.map(\.suppliedToday) == [10, 10, 10, 10, 10])
        #expect(days.map(\.plannedSupply) == [nil, nil, 10, 12, 16])
    }

    @Test func aPublicationFromBeforeTheSeasonDrawsPastDaysAgainstWhatArrived() {
        let rows = [Row(day: "2026-12-05", forecastP50: 300, forecastP90: 330, actual: 600, required: 12, supplied: 10),
                    Row(day: "2026-12-06", forecastP50: 0, forecastP90: 0, actual: nil, required: 0, supplied: 10),
                    Row(day: "2026-12-07", forecastP50: 200, forecastP90: 300, actual: 50, required: 10, supplied: 10)]
        let days = PeakChartFromOutlook.days(of: rows, plan: [], today: Self.today)
        #expect(days.map(\.requiredP50) == [12, 0, 10], "a closed past day stays a forecast of 0")
        #expect(days.map(\.actualRequired) == [24, nil, nil])
    }

    @Test func eachAgentIsCountedOnceAcrossTheQueuesOfTheirPool() {
        typealias Member = PeakChartFromOutlook.PoolMember
        let tuesday: CalendarDay = "2026-12-08", sunday: CalendarDay = "2026-12-13"
        // Ten Manila agents of the account speak English: both English queues' pools are those ten, shared
        // 3:1 as the queues need 6 + 0 and 2 + 0 people over these days (the chat closed on Sunday keeps its share).
        // Four Sofia agents serve only the chat queue; the German queues, needing no one, split their three evenly.
        let rows = [
            Member(queue: "en-chat", account: "tab", language: "en", day: tuesday, required: 6, sites: [("MNL", 10), ("SOF", 4)]),
            Member(queue: "en-mail", account: "tab", language: "en", day: tuesday, required: 2, sites: [("MNL", 10)]),
            Member(queue: "de-chat", account: "tab", language: "de", day: tuesday, required: 0, sites: [("SOF", 3)]),
            Member(queue: "de-mail", account: "tab", language: "de", day: tuesday, required: 0, sites: [("SOF", 3)]),
            Member(queue: "en-chat", account: "tab", language: "en", day: sunday, required: 0, sites: [("MNL", 10)]),
            Member(queue: "en-mail", account: "tab", language: "en", day: sunday, required: 0, sites: [("MNL", 10)]),
        ]
        let shares = PeakChartFromOutlook.supplyShares(rows)
        #expect(shares[.init(queue: "en-chat", day: tuesday)] == 7.5 + 4)
        #expect(shares[.init(queue: "en-mail", day: tuesday)] == 2.5)
        #expect(shares[.init(queue: "de-chat", day: tuesday)] == 1.5 && shares[.init(queue: "de-mail", day: tuesday)] == 1.5)
        #expect(shares[.init(queue: "en-chat", day: sunday)] == 7.5 && shares[.init(queue: "en-mail", day: sunday)] == 2.5)
    }
}
