import CapacityPlanning
import DemoWorld
import Forecasting
import Foundation
import Testing

extension WorldSuites {
    /// Issue 13, item 8: the small world's demand fits its workforce as the full world's does.
    /// Over the four ordinary weeks before now, each queue's reported contacts are staffed the
    /// way the season plan staffs a forecast (Erlang C per interval at the queue's SLA and
    /// measured handle time, 30% shrinkage, 8-hour shifts 5 days a week), and the people needed
    /// per day, summed over the queues, are set against the live agents. The small world once
    /// put the full world's volumes on 51 agents (a fivefold shortage everywhere).
    @Suite struct WorkloadBalanceTests {
        static let firstDay: LocalDate = "2026-10-25", lastDay: LocalDate = "2026-11-21"

        /// People needed per day (mean over the four weeks) over live agents.
        static func requiredPerLiveAgent(_ world: DemoWorldFiles, rows: (String) -> [IntervalRow]) throws -> Double {
            let season = PeakSeason(id: "four-ordinary-weeks", firstDay: firstDay, lastDay: lastDay)
            let queues = CSVTable(world.files(of: .queues)[0].csvText).records
            var headcount = 0
            for queue in queues {
                let intervals = rows("intervals-\(queue["queue_id"]!).csv")
                let handled = intervals.map(\.handled).reduce(0, +), handleSeconds = intervals.map(\.handleSeconds).reduce(0, +)
                let forecast = intervals.map {
                    ForecastInterval(start: Date(timeIntervalSince1970: TimeInterval($0.start)), p50: Double($0.offered), p90: Double($0.offered))
                }
                let requirement = try SeasonRequirement(
                    intervals: forecast, intervalSeconds: 1_800, timeZone: TimeZone(identifier: queue["timezone"]!)!, season: season,
                    profile: try profile(channel: queue["channel"]!, sla: queue["sla"]!, handle: Double(handleSeconds) / Double(max(handled, 1))))
                headcount += requirement.days.map(\.headcount).reduce(0, +)
            }
            let live = CSVTable(world.files(of: .agents)[0].csvText).column("status").filter { $0 == "live" }.count
            return Double(headcount) / Double(season.days.count) / Double(live)
        }

        /// The season job's staffing rule for a queue of the queues file.
        static func profile(channel: String, sla: String, handle: Double) throws -> StaffingProfile {
            let parts = sla.split(separator: "/").compactMap { Double($0) }
            if parts.count >= 2 {
                return try StaffingProfile(model: .queued(percent: parts[0], thresholdSeconds: parts[1],
                                                          concurrency: channel == "chat" ? StaffingProfile.defaultChatConcurrency : 1),
                                           averageHandleSeconds: handle)
            }
            let hours = Double(sla.prefix { $0.isNumber }) ?? 24
            return try StaffingProfile(model: .deferred(responseHours: hours), averageHandleSeconds: handle)
        }

        @Test func theSmallWorldNeedsAboutTheAgentsItHasAsTheFullWorldDoes() throws {
            let small = Dictionary(uniqueKeysWithValues: Worlds.small.files(of: .intervals).map { ($0.fileName, IntervalRow.all(in: $0)) })
            let smallRatio = try Self.requiredPerLiveAgent(Worlds.small) { small[$0] ?? [] }
            let fullRatio = try Self.requiredPerLiveAgent(Worlds.full) { Worlds.fullIntervalRows($0) }
            // Ordinary weeks: most people are needed, none is idle for lack of work, nobody is five times short.
            #expect((0.65...1.1).contains(smallRatio), "small world: \(smallRatio) people needed a day per live agent")
            #expect((0.65...1.1).contains(fullRatio), "full world: \(fullRatio)")
            #expect(abs(smallRatio / fullRatio - 1) < 0.3, "small \(smallRatio) against full \(fullRatio)")
        }
    }
}
