import Foundation

/// The one special function Erlang A needs: the lower incomplete gamma function in the
/// scaled form of Mandelbaum & Zeltyn,
///
///     A(x, z) = x e^z z^{-x} γ(x, z) = Σ_{j ≥ 0} z^j / ((x+1)(x+2)...(x+j)),
///
/// returned as its logarithm because it overflows a Double when callers pile up
/// (z much larger than x). Below z = x + 1 the series is summed directly (all terms
/// positive, ratio z/(x+j) < 1); above it the regularized upper function Q(x, z) comes
/// from its continued fraction (modified Lentz) and A = x Γ(x) e^z z^{-x} (1 - Q),
/// assembled in log space. Exists as its own type so it can be tested on its own.
enum ScaledIncompleteGamma {
    static let relativeAccuracy = 1e-16
    static let iterationLimit = 10_000_000

    /// log A(x, z) for x > 0, z >= 0.
    static func logValue(shape x: Double, at z: Double) -> Double {
        guard z > 0 else { return 0 }
        if z < x + 1 { return log(series(shape: x, at: z)) }
        // D = log(Γ(x) e^z z^{-x}); then Q = e^{-D} h and log A = log x + D + log(1 - Q).
        let d = lgamma(x) + z - x * log(z)
        let q = exp(log(continuedFraction(shape: x, at: z)) - d)
        return log(x) + d + log1p(-min(q, 1))
    }

    /// Σ z^j / ((x+1)...(x+j)) for z < x + 1.
    private static func series(shape x: Double, at z: Double) -> Double {
        var term = 1.0
        var sum = 1.0
        var j = 1.0
        while j < Double(iterationLimit) {
            term *= z / (x + j)
            sum += term
            if term <= sum * relativeAccuracy { break }
            j += 1
        }
        return sum
    }

    /// The continued fraction h with Γ(x, z) = e^{-z} z^x h, for z >= x + 1.
    private static func continuedFraction(shape x: Double, at z: Double) -> Double {
        let tiny = Double.leastNormalMagnitude / Double.ulpOfOne
        var b = z + 1 - x
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        var i = 1.0
        while i < Double(iterationLimit) {
            let an = -i * (i - x)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= 1e-15 { break }
            i += 1
        }
        return h
    }
}
