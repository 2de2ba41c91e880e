import Foundation

/// The share of paid time in which agents cannot take contacts (breaks, training,
/// meetings, absence).
///
/// Exists because the queue maths gives agents *on the phones*; planners roster people.
/// Scheduled = ceil(productive / (1 - shrinkage)): 14 productive at 30% gives 20 scheduled.
public struct Shrinkage: Sendable, Hashable {
    /// No shrinkage: everyone scheduled is productive.
    public static let none = Shrinkage(uncheckedFraction: 0)

    /// The share of scheduled time lost, in [0, 1).
    public let fraction: Double

    public init(_ fraction: Double) throws(StaffingInputError) {
        guard fraction >= 0, fraction < 1 else { throw .shrinkageOutOfRange(fraction) }
        self.fraction = fraction
    }

    private init(uncheckedFraction: Double) { fraction = uncheckedFraction }

    /// People to schedule so that `productive` agents are available on average.
    public func scheduledAgents(forProductive productive: Int) -> Int {
        scheduledAgents(forProductive: Double(productive))
    }

    /// People to schedule for a fractional productive need (deferred work is fluid).
    public func scheduledAgents(forProductive productive: Double) -> Int {
        guard productive > 0 else { return 0 }
        // 14 / 0.7 is 20.000000000000004 in binary floating point; do not round that up to 21.
        let exact = productive / (1 - fraction)
        return Int((exact * (1 - 1e-12)).rounded(.up))
    }
}
