import Foundation

/// A reproducible random source (SplitMix64), so synthetic histories are the same on every
/// run and machine, plus the two distributions the synthetic queue needs.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A standard normal draw (Box-Muller).
    mutating func normal() -> Double {
        let u1 = Double.random(in: Double.ulpOfOne..<1, using: &self)
        let u2 = Double.random(in: 0..<1, using: &self)
        return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }

    /// A Poisson draw: Knuth's product method for small means, a rounded normal above 30.
    mutating func poisson(_ mean: Double) -> Double {
        guard mean > 0 else { return 0 }
        if mean > 30 { return max(0, (mean + mean.squareRoot() * normal()).rounded()) }
        let limit = exp(-mean)
        var product = Double.random(in: 0..<1, using: &self)
        var count = 0.0
        while product > limit {
            product *= Double.random(in: 0..<1, using: &self)
            count += 1
        }
        return count
    }
}
