import Foundation

/// Erlang C (M/M/N): contacts queue without limit and nobody hangs up.
///
/// Exists because it is the industry's common language for voice staffing: the
/// figures clients, contracts and WFM tools quote. It is conservative (it ignores
/// abandonment, so it over-staffs slightly when callers are impatient; see ``ErlangA``).
///
/// With traffic A and N agents: C = N B / (N - A(1 - B)) with B the Erlang B value,
/// SL(t) = 1 - C e^{-(N-A) t / AHT}, ASA = C AHT / (N - A), occupancy A / N.
/// With N <= A the queue grows without bound: C = 1, SL = 0, ASA = +infinity.
public struct ErlangC: QueueingModel, Hashable {
    /// Offered load in Erlangs.
    public let trafficIntensity: Double
    /// Average handle time in seconds.
    public let averageHandleTime: Double

    public init(load: OfferedLoad) {
        trafficIntensity = load.trafficIntensity
        averageHandleTime = load.averageHandleTime
    }

    public init(contacts: Double, intervalSeconds: Double, averageHandleTimeSeconds: Double) throws(StaffingInputError) {
        self.init(load: try OfferedLoad(
            contacts: contacts, intervalSeconds: intervalSeconds, averageHandleTimeSeconds: averageHandleTimeSeconds))
    }

    /// For traffic already expressed in Erlangs.
    public init(trafficIntensity: Double, averageHandleTimeSeconds: Double) throws(StaffingInputError) {
        guard trafficIntensity >= 0, trafficIntensity.isFinite else { throw .negativeContacts(trafficIntensity) }
        guard averageHandleTimeSeconds > 0, averageHandleTimeSeconds.isFinite else {
            throw .nonPositiveHandleTime(seconds: averageHandleTimeSeconds)
        }
        self.trafficIntensity = trafficIntensity
        self.averageHandleTime = averageHandleTimeSeconds
    }

    /// Probability that a contact waits at all (the Erlang C formula).
    public func probabilityOfWaiting(agents: Int) -> Double {
        let a = trafficIntensity
        guard a > 0 else { return 0 }
        guard Double(agents) > a else { return 1 }
        let r = ErlangB.reciprocalBlocking(traffic: a, servers: agents)
        return Self.waiting(agents: Double(agents), traffic: a, reciprocalBlocking: r)
    }

    /// Share of contacts answered within `thresholdSeconds`.
    public func serviceLevel(agents: Int, thresholdSeconds: Double) -> Double {
        let a = trafficIntensity
        guard a > 0 else { return 1 }
        let n = Double(agents)
        guard n > a else { return 0 }
        let c = probabilityOfWaiting(agents: agents)
        return max(0, 1 - c * exp(-(n - a) * thresholdSeconds / averageHandleTime))
    }

    /// Average speed of answer in seconds (over all contacts, answered immediately or not).
    public func averageSpeedOfAnswer(agents: Int) -> Double {
        let a = trafficIntensity
        guard a > 0 else { return 0 }
        let n = Double(agents)
        guard n > a else { return .infinity }
        return probabilityOfWaiting(agents: agents) * averageHandleTime / (n - a)
    }

    /// Share of agents' time spent handling: A / N, capped at 1 when overloaded.
    public func occupancy(agents: Int) -> Double {
        let a = trafficIntensity
        guard a > 0 else { return 0 }
        guard agents > 0 else { return 1 }
        return min(1, a / Double(agents))
    }

    public func performance(agents: Int, thresholdSeconds: Double) -> QueuePerformance {
        let a = trafficIntensity
        let n = Double(agents)
        let waiting = probabilityOfWaiting(agents: agents)
        let stable = a == 0 || n > a
        return QueuePerformance(
            trafficIntensity: a,
            thresholdSeconds: thresholdSeconds,
            serviceLevel: a == 0 ? 1 : stable ? max(0, 1 - waiting * exp(-(n - a) * thresholdSeconds / averageHandleTime)) : 0,
            averageSpeedOfAnswer: a == 0 ? 0 : stable ? waiting * averageHandleTime / (n - a) : .infinity,
            occupancy: occupancy(agents: agents),
            probabilityOfWaiting: waiting,
            probabilityOfAbandonment: nil
        )
    }

    /// The smallest N meeting the goal.
    ///
    /// The hot path of interval planning: it runs the Erlang B recursion once up to the
    /// first stable head count (the larger of floor(A) + 1 and A / occupancy cap), then
    /// walks up one agent at a time, extending the same recursion by one step per agent.
    /// No allocation, one `exp` per candidate.
    public func minimumAgents(for goal: StaffingGoal, agentLimit: Int) throws(StaffingInputError) -> Int {
        guard agentLimit > 0 else { throw .nonPositiveAgentLimit(agentLimit) }
        let a = trafficIntensity
        guard a > 0 else { return 0 }

        var lowest = a.rounded(.down) + 1
        if let cap = goal.maxOccupancy, cap < 1 {
            lowest = max(lowest, (a / cap * (1 - StaffingGoal.tolerance)).rounded(.up))
        }
        guard lowest <= Double(agentLimit) else { throw .targetUnreachable(agentLimit: agentLimit) }
        let first = Int(lowest)

        let aht = averageHandleTime
        let threshold = goal.serviceLevel.thresholdSeconds
        let minimumServiceLevel = goal.serviceLevel.fraction - StaffingGoal.tolerance
        let maximumWait = (goal.maxAverageSpeedOfAnswer ?? .infinity) * (1 + StaffingGoal.tolerance)

        var reciprocal = ErlangB.reciprocalBlocking(traffic: a, servers: first - 1)
        let perServer = 1 / a
        var agents = first
        while agents <= agentLimit {
            let n = Double(agents)
            reciprocal = 1 + n * perServer * reciprocal
            let excess = n - a
            let waiting = Self.waiting(agents: n, traffic: a, reciprocalBlocking: reciprocal)
            if waiting * aht <= maximumWait * excess,
               1 - waiting * exp(-excess * threshold / aht) >= minimumServiceLevel {
                return agents
            }
            agents += 1
        }
        throw .targetUnreachable(agentLimit: agentLimit)
    }

    /// Erlang C from 1/B: C = N B / (N - A(1 - B)) = N / (N/B - A(1/B - 1)) = N / ((N - A)/B + A).
    /// Requires N > A. An infinite 1/B (far beyond the load) gives C = 0.
    static func waiting(agents n: Double, traffic a: Double, reciprocalBlocking r: Double) -> Double {
        min(1, n / ((n - a) * r + a))
    }
}
