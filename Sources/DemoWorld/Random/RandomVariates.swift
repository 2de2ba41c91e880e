import Foundation

/// The distributions the world is drawn from: normal noise, Poisson arrivals, binomial
/// splits (how many of the offered contacts abandon) and weighted choices.
extension SeededRandom {
    /// A standard normal draw (Box-Muller).
    mutating func normal() -> Double {
        let u1 = max(unit(), 1e-12)
        let u2 = unit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// A multiplicative noise factor around 1 with the given relative spread, never below 0.05.
    mutating func noise(_ spread: Double) -> Double {
        max(0.05, 1 + spread * normal())
    }

    /// How many of a Poisson stream with mean `mean` arrived: exact for small means, the
    /// normal approximation for large ones.
    mutating func poisson(_ mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean < 20 {
            let limit = exp(-mean)
            var product = unit()
            var count = 0
            while product > limit {
                product *= unit()
                count += 1
            }
            return count
        }
        return max(0, Int((mean + mean.squareRoot() * normal()).rounded()))
    }

    /// How many of `trials` succeed with probability `probability` each (normal approximation
    /// for many trials), always within 0...trials.
    mutating func binomial(_ trials: Int, _ probability: Double) -> Int {
        guard trials > 0, probability > 0 else { return 0 }
        guard probability < 1 else { return trials }
        if trials < 12 {
            var successes = 0
            for _ in 0..<trials where unit() < probability { successes += 1 }
            return successes
        }
        let mean = Double(trials) * probability
        let spread = (mean * (1 - probability)).squareRoot()
        return min(trials, max(0, Int((mean + spread * normal()).rounded())))
    }

    /// An index into `weights`, each chosen in proportion to its weight.
    mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var point = unit() * total
        for (index, weight) in weights.enumerated() {
            point -= weight
            if point < 0 { return index }
        }
        return weights.count - 1
    }

    /// One element of a non-empty array, uniformly.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }
}
