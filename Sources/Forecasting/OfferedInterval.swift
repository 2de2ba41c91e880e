import Foundation

/// One interval's offered contacts at a UTC start instant, as the contact-interval
/// reports store them.
///
/// Exists so a caller can hand over database rows as they come and let
/// ``IntervalSeries/init(length:intervals:)`` check that they are contiguous.
public struct OfferedInterval: Hashable, Sendable {
    public let start: Date
    public let offered: Double

    public init(start: Date, offered: Double) {
        self.start = start
        self.offered = offered
    }
}
