import CivilCalendar
import Foundation

/// An agent's standing weekly schedule, planned in the site's local time: a nine-hour span
/// (eight hours' work and a one-hour break) starting when the agent's main queue needs
/// people on the MARKET's clock, five days a week. Manila agents on US queues therefore
/// start in the evening and work overnight.
struct WorkPattern: Sendable {
    static let shiftMinutes = 540
    static let breakAfterMinutes = 240
    static let breakMinutes = 60

    /// Shift start, minutes after the site's local midnight.
    let startMinute: Int
    /// The site-local weekdays off (Monday 0 ... Sunday 6).
    let daysOff: [Int]

    init(queue: QueueProfile, site: SiteProfile, now: Int, random: inout SeededRandom) {
        let instant = Date(timeIntervalSince1970: TimeInterval(now))
        let marketOffset = (TimeZone(identifier: queue.timeZoneID)?.secondsFromGMT(for: instant) ?? 0) / 60
        let siteOffset = (TimeZone(identifier: site.timeZoneID)?.secondsFromGMT(for: instant) ?? 0) / 60
        let marketStart = Self.marketStart(queue, &random)
        let siteClock = marketStart - marketOffset + siteOffset
        let dayShift = siteClock.floorDivided(by: 1_440)
        startMinute = siteClock.floorModulo(1_440) / 30 * 30
        daysOff = Self.marketDaysOff(queue, &random).map { ($0 + dayShift).floorModulo(7) }
    }

    func works(on date: LocalDate) -> Bool { !daysOff.contains(date.weekdayIndex) }

    /// When in the market's day to start: somewhere in the opening hours that leaves a full
    /// shift before closing, or for a round-the-clock queue, in proportion to the demand
    /// the shift would cover.
    private static func marketStart(_ queue: QueueProfile, _ random: inout SeededRandom) -> Int {
        if let window = queue.hours.window(on: 0) {
            let latest = max(window.open, window.close - shiftMinutes)
            let starts = Array(stride(from: window.open, through: latest, by: 60))
            return random.pick(starts)
        }
        let hourly = IntradayShape.hourly(queue.channel)
        let weights = (0..<24).map { start in
            let covered = (0..<8).reduce(0.0) { $0 + hourly[(start + $1) % 24] }
            return covered * covered
        }
        return random.weightedIndex(weights) * 60
    }

    /// Two days off in a row, on the days the queue is closed when it closes.
    private static func marketDaysOff(_ queue: QueueProfile, _ random: inout SeededRandom) -> [Int] {
        let closed = queue.hours.closedDays
        if closed.count >= 2 { return Array(closed.prefix(2)) }
        if let day = closed.first { return [day, random.chance(0.5) ? (day + 6) % 7 : (day + 1) % 7] }
        let first = random.below(7)
        return [first, (first + 1) % 7]
    }
}
