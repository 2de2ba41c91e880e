import CallboardDomain
import Foundation

/// The interval length coverage is kept and reported in: 30 minutes, aligned in UTC.
/// Queues reporting in 15-minute intervals are still staffed per half hour, and queues
/// reporting per hour (60 minutes) are shown per half hour too (see ``requiredAgents(_:)``).
public enum CoverageGrid {
    public static let length = IntervalLength.thirtyMinutes

    /// The grid's half hours an interval of `length` starting at `start` spans: two for an
    /// hour, one for a half hour, the containing one for a quarter hour.
    public static func cells(of start: Date, length: IntervalLength) -> [Date] {
        let first = Self.length.start(containing: start)
        let count = max(1, length.seconds / Self.length.seconds)
        return (0..<count).map { first.addingTimeInterval(TimeInterval($0 * Self.length.seconds)) }
    }

    /// Agents required per half hour from requirements stated per interval of any length.
    /// Agents are a headcount on duty, not a volume: an hour's requirement applies to both of
    /// its half hours (it is not split, nor counted twice), and a half hour holding two
    /// quarter hours needs the busier one's agents.
    public static func requiredAgents(_ requirements: [(start: Date, length: IntervalLength, agents: Int)]) -> [Date: Int] {
        var byCell: [Date: Int] = [:]
        for requirement in requirements {
            for cell in cells(of: requirement.start, length: requirement.length) {
                byCell[cell] = max(byCell[cell] ?? 0, requirement.agents)
            }
        }
        return byCell
    }
}
