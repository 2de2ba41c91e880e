import Foundation

/// Per group of comparable queues (a key such as "account:tabula"), per position of a special
/// day (a ``PeakDay`` or a ``HolidayPosition``): each member queue's own mean log ratio, and the
/// pooled estimate a queue's thin evidence is shrunk toward.
///
/// Exists so peaks and public holidays are pooled by one rule (``PeakUpliftPrior``): a
/// group's estimate is the mean over its queues, its variance the spread between them (at
/// least `minimumSpread` squared) plus the mean's own uncertainty. The most specific group
/// with at least `minimumQueues` queues (other than the one being forecast) wins; groups
/// overlap, so they are not combined as if independent.
struct PooledEffects<Position: Hashable & Sendable>: Sendable {
    /// Per group key, per position: the queues' ids and mean log ratios.
    private(set) var groups: [String: [Position: [(id: String, mean: Double)]]] = [:]

    /// Adds one queue's mean log ratio per position to each of its groups.
    mutating func add(_ own: [Position: Double], id: String, keys: [String]) {
        for key in Set(keys) {
            for (position, mean) in own { groups[key, default: [:]][position, default: []].append((id, mean)) }
        }
    }

    /// Per position, the estimate of the first of `keys` (most specific first) with at least
    /// `minimumQueues` queues that saw it, else of the first with any; positions no group has
    /// seen are left out. The member `excluded` is left out, so a queue's own evidence is not
    /// counted twice (once as its own, once in the pool).
    func estimate(for keys: [String], excluding excluded: String?, minimumQueues: Int,
                  minimumSpread: Double) -> [Position: PeakUpliftPrior.Pooled] {
        var table: [Position: PeakUpliftPrior.Pooled] = [:]
        var fromSmallGroup: Set<Position> = []
        for key in keys {
            for (position, entries) in groups[key] ?? [:] {
                let means = entries.filter { excluded == nil || $0.id != excluded }.map(\.mean)
                guard !means.isEmpty else { continue }
                let isSmall = means.count < minimumQueues
                guard table[position] == nil || (fromSmallGroup.contains(position) && !isSmall) else { continue }
                let n = Double(means.count)
                let mean = means.reduce(0, +) / n
                let spread = n > 1 ? means.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1) : 0
                table[position] = PeakUpliftPrior.Pooled(meanLog: mean, variance: max(spread, minimumSpread * minimumSpread) * (1 + 1 / n))
                if isSmall { fromSmallGroup.insert(position) } else { fromSmallGroup.remove(position) }
            }
        }
        return table
    }
}
