import CallboardDomain
import Foundation

/// Writes instants on one clock as ISO 8601 with offset, fast enough for a million rows:
/// the zone's offset is looked up once per quarter hour of UTC (every
/// zone changes its offset on a quarter-hour boundary).
public struct InstantRenderer: Sendable {
    public let zone: TimeZone
    /// Offsets by quarter hour since the epoch.
    private var offsets: [Int: Int] = [:]

    public init(zone: TimeZone) { self.zone = zone }

    public mutating func render(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let quarter = seconds >= 0 ? seconds / 900 : (seconds - 899) / 900
        let offset: Int
        if let known = offsets[quarter] {
            offset = known
        } else {
            offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(quarter * 900)))
            if offsets.count > 100_000 { offsets.removeAll() }
            offsets[quarter] = offset
        }
        let local = seconds + offset
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let time = local - days * 86_400
        let date = LocalDate(daysSinceEpoch: days)
        let sign = offset < 0 ? "-" : "+"
        return "\(date)T\(Self.two(time / 3600)):\(Self.two(time / 60 % 60)):\(Self.two(time % 60))"
            + "\(sign)\(Self.two(abs(offset) / 3600)):\(Self.two(abs(offset) / 60 % 60))"
    }

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}

extension InstantRenderer {
    /// UTC, written `+00:00` like every other offset.
    public static var utc: InstantRenderer { InstantRenderer(zone: TimeZone(identifier: "UTC")!) }
}
