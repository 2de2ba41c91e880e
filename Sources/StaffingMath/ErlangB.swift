/// The Erlang B (loss) formula: the chance that all N servers are busy when offered
/// A Erlangs and blocked contacts are lost.
///
/// Exists as the stable building block of Erlang C and Erlang A (both are Erlang B
/// corrected for waiting), and for sizing things that block rather than queue, such as
/// trunk lines. Computed by the recursion B(0) = 1, B(n) = A B(n-1) / (n + A B(n-1)):
/// no factorials or powers, so it is stable for thousands of servers and any load.
public enum ErlangB {
    /// Probability that a contact offered `traffic` Erlangs finds all `servers` busy.
    public static func blockingProbability(traffic: Double, servers: Int) -> Double {
        1 / reciprocalBlocking(traffic: traffic, servers: servers)
    }

    /// 1 / B(n), by the same recursion in reciprocal form: 1/B(n) = 1 + (n / A) / B(n-1).
    /// One multiply-add per server and no division in the loop; it only grows (to
    /// +infinity, meaning B = 0, far beyond the load), never loses precision by cancellation.
    static func reciprocalBlocking(traffic: Double, servers: Int) -> Double {
        guard servers > 0 else { return 1 }
        guard traffic > 0 else { return .infinity }
        let perServer = 1 / traffic
        var reciprocal = 1.0
        var n = 1
        while n <= servers {
            reciprocal = 1 + Double(n) * perServer * reciprocal
            n += 1
        }
        return reciprocal
    }
}
