import Foundation

/// A queue's offered contacts over contiguous UTC intervals of one length: the only kind of
/// history the forecaster learns from.
///
/// Exists to check the history once, at the edge (aligned starts, no gaps, no negative or
/// non-finite counts), so the model can index intervals by position. Intervals when the
/// queue was closed by its hours are present with 0 offered (a real zero); intervals when it
/// was open but nothing was reported are present too, listed in ``missing``: missing data is
/// neither learned from nor scored.
public struct IntervalSeries: Hashable, Sendable {
    /// Start of the first interval (UTC instant).
    public let start: Date
    public let length: IntervalLength
    /// Offered contacts per interval, in time order from ``start``.
    public let offered: [Double]
    /// Positions (in ``offered``) of intervals when the queue was open by its hours but
    /// nothing was reported: their `offered` value is a placeholder 0, not a count.
    public let missing: IndexSet

    /// A series from its first interval's start and the counts that follow it.
    public init(start: Date, length: IntervalLength, offered: [Double], missing: IndexSet = []) throws(ForecastInputError) {
        guard !offered.isEmpty else { throw .emptyHistory }
        let seconds = start.timeIntervalSince1970
        guard seconds.rounded(.down) == seconds, Int(seconds) % length.seconds == 0 else {
            throw .misalignedInterval(start: start, lengthMinutes: length.minutes)
        }
        for (index, value) in offered.enumerated() where !(value.isFinite && value >= 0) {
            throw .invalidOffered(start: start.addingTimeInterval(Double(index * length.seconds)), value: value)
        }
        self.start = start
        self.length = length
        self.offered = offered
        self.missing = missing.filteredIndexSet { $0 < offered.count }
    }

    /// A series from dated intervals, as a database query returns them (ascending start).
    public init(length: IntervalLength, intervals: [OfferedInterval]) throws(ForecastInputError) {
        guard let first = intervals.first else { throw .emptyHistory }
        for (index, interval) in intervals.enumerated() {
            let expected = first.start.addingTimeInterval(Double(index * length.seconds))
            guard interval.start == expected else {
                throw .nonContiguousInterval(expected: expected, found: interval.start)
            }
        }
        try self.init(start: first.start, length: length, offered: intervals.map(\.offered))
    }

    /// End of the last interval (exclusive).
    public var end: Date { start.addingTimeInterval(Double(offered.count * length.seconds)) }

    /// Whole weeks (fractional) the series covers.
    public var weeks: Double { Double(offered.count) / Double(length.perWeek) }

    /// The intervals as dated values.
    public var intervals: [OfferedInterval] {
        offered.enumerated().map { index, value in
            OfferedInterval(start: start.addingTimeInterval(Double(index * length.seconds)), offered: value)
        }
    }

    var startSeconds: Int { Int(start.timeIntervalSince1970) }

    /// The leading part of the series that ends at or before `instant` (at least one interval).
    func prefix(endingAt endSeconds: Int) -> IntervalSeries {
        let count = max(1, min(offered.count, (endSeconds - startSeconds) / length.seconds))
        return IntervalSeries(unchecked: start, length: length, offered: Array(offered.prefix(count)),
                              missing: missing.filteredIndexSet { $0 < count })
    }

    private init(unchecked start: Date, length: IntervalLength, offered: [Double], missing: IndexSet) {
        self.start = start
        self.length = length
        self.offered = offered
        self.missing = missing
    }
}
