import CapacityPlanning
import DemoWorld
import Forecasting
import Foundation

/// The full demo world's queues as the season job sees them, built in memory from
/// `DemoWorld` (no database): each queue's offered history, market, clock, SLA and handle time.
struct DemoQueue {
    let id: String
    let history: QueueHistory
    let profile: StaffingProfile

    /// Every queue of the world generated as of `now` (history up to `now`).
    static func all(now: Date, scale: DemoScale = .full) throws -> [DemoQueue] {
        let world = DemoWorld.generate(seed: 2026, now: now, scale: scale)
        guard let queues = world.files(of: .queues).first else { fatalError("the demo world has no queues file") }
        var result: [DemoQueue] = []
        for line in queues.csvText.split(separator: "\n").dropFirst() {
            let field = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let (id, channel, zone, sla, market) = (field[0], field[2], field[4], field[6], field[8])
            guard let file = world.file(named: "intervals-\(id).csv") else { continue }
            var offered: [Double] = [], handled = 0.0, seconds = 0.0
            var start: Date?
            for row in file.csvText.split(separator: "\n").dropFirst() {
                let value = row.split(separator: ",")
                let at = try Date(String(value[1]), strategy: .iso8601)
                if start == nil { start = at }
                // Intervals the file leaves out are closed hours: zero offered, as the job reads them.
                let index = Int(at.timeIntervalSince(start!)) / 1800
                offered.append(contentsOf: repeatElement(0, count: max(0, index - offered.count)))
                offered.append(Double(value[3])!)
                handled += Double(value[4])!
                seconds += Double(value[7])!
            }
            let series = try IntervalSeries(start: start!, length: .thirtyMinutes, offered: offered)
            result.append(DemoQueue(
                id: id, history: try QueueHistory(offered: series, market: Market(market), timeZoneIdentifier: zone),
                profile: try profile(channel: channel, sla: sla, averageHandleSeconds: seconds / handled)))
        }
        return result
    }

    /// `80/20/5` for voice and chat, `24h` or `24h business` for email and social.
    static func profile(channel: String, sla: String, averageHandleSeconds: Double) throws -> StaffingProfile {
        let parts = sla.split(separator: "/").compactMap { Double($0) }
        if parts.count >= 2 {
            let concurrency = channel == "chat" ? StaffingProfile.defaultChatConcurrency : 1
            return try StaffingProfile(model: .queued(percent: parts[0], thresholdSeconds: parts[1], concurrency: concurrency),
                                       averageHandleSeconds: averageHandleSeconds)
        }
        let hours = Double(sla.prefix { $0.isNumber }) ?? 24
        return try StaffingProfile(model: .deferred(responseHours: hours), averageHandleSeconds: averageHandleSeconds)
    }
}
