import Foundation

/// Erlang A (M/M/N+M): Erlang C plus callers who hang up after an exponentially
/// distributed patience with the given mean.
///
/// Exists because real callers abandon: Erlang C then overstates queues and over-staffs,
/// most of all in small or overloaded queues, and cannot report the abandonment rate that
/// clients contract on. Follows Mandelbaum & Zeltyn (2004) and Garnett, Mandelbaum &
/// Reiman (2002); see ``AbandonmentQueueState`` for the formulas. As mean patience grows
/// without bound every figure tends to Erlang C's.
public struct ErlangA: QueueingModel, Hashable {
    /// Offered load in Erlangs.
    public let trafficIntensity: Double
    /// Average handle time in seconds.
    public let averageHandleTime: Double
    /// Mean time a caller is willing to wait before hanging up, in seconds.
    public let meanPatience: Double
    /// Which callers count towards the service level.
    public let serviceLevelBasis: ServiceLevelBasis

    public init(
        load: OfferedLoad,
        meanPatienceSeconds: Double,
        serviceLevelBasis: ServiceLevelBasis = .answeredWithinThreshold
    ) throws(StaffingInputError) {
        guard meanPatienceSeconds > 0, meanPatienceSeconds.isFinite else {
            throw .nonPositivePatience(seconds: meanPatienceSeconds)
        }
        trafficIntensity = load.trafficIntensity
        averageHandleTime = load.averageHandleTime
        meanPatience = meanPatienceSeconds
        self.serviceLevelBasis = serviceLevelBasis
    }

    public init(
        contacts: Double,
        intervalSeconds: Double,
        averageHandleTimeSeconds: Double,
        meanPatienceSeconds: Double,
        serviceLevelBasis: ServiceLevelBasis = .answeredWithinThreshold
    ) throws(StaffingInputError) {
        try self.init(
            load: try OfferedLoad(
                contacts: contacts, intervalSeconds: intervalSeconds, averageHandleTimeSeconds: averageHandleTimeSeconds),
            meanPatienceSeconds: meanPatienceSeconds,
            serviceLevelBasis: serviceLevelBasis)
    }

    /// Contacts per second.
    public var arrivalRate: Double { trafficIntensity / averageHandleTime }

    /// Probability that a caller has to wait at all.
    public func probabilityOfWaiting(agents: Int) -> Double {
        guard trafficIntensity > 0 else { return 0 }
        return state(agents: agents)?.probabilityOfWaiting ?? 1
    }

    /// Share of callers who hang up before being answered.
    public func probabilityOfAbandonment(agents: Int) -> Double {
        guard trafficIntensity > 0 else { return 0 }
        return state(agents: agents)?.probabilityOfAbandonment ?? 1
    }

    /// Service level within `thresholdSeconds` on this model's ``serviceLevelBasis``.
    public func serviceLevel(agents: Int, thresholdSeconds: Double) -> Double {
        serviceLevel(agents: agents, thresholdSeconds: thresholdSeconds, basis: serviceLevelBasis)
    }

    /// Service level within `thresholdSeconds` on the given basis.
    public func serviceLevel(agents: Int, thresholdSeconds: Double, basis: ServiceLevelBasis) -> Double {
        guard trafficIntensity > 0 else { return 1 }
        guard let state = state(agents: agents) else {
            // Nobody answers: only callers who gave up within t "waited at most t".
            return basis == .waitedWithinThreshold ? -expm1(-thresholdSeconds / meanPatience) : 0
        }
        return Self.serviceLevel(of: state, threshold: thresholdSeconds, basis: basis)
    }

    /// Average speed of answer of answered callers, in seconds.
    public func averageSpeedOfAnswer(agents: Int) -> Double {
        guard trafficIntensity > 0 else { return 0 }
        return state(agents: agents)?.averageWaitOfAnswered() ?? .infinity
    }

    /// Share of agents' time spent handling: answered load / N.
    public func occupancy(agents: Int) -> Double {
        guard trafficIntensity > 0 else { return 0 }
        guard let state = state(agents: agents) else { return 1 }
        return Self.occupancy(of: state, traffic: trafficIntensity)
    }

    public func performance(agents: Int, thresholdSeconds: Double) -> QueuePerformance {
        guard trafficIntensity > 0, let state = state(agents: agents) else {
            return QueuePerformance(
                trafficIntensity: trafficIntensity,
                thresholdSeconds: thresholdSeconds,
                serviceLevel: serviceLevel(agents: agents, thresholdSeconds: thresholdSeconds),
                averageSpeedOfAnswer: averageSpeedOfAnswer(agents: agents),
                occupancy: occupancy(agents: agents),
                probabilityOfWaiting: probabilityOfWaiting(agents: agents),
                probabilityOfAbandonment: probabilityOfAbandonment(agents: agents))
        }
        return performance(of: state, threshold: thresholdSeconds)
    }

    /// The smallest N meeting the goal.
    ///
    /// Every Erlang A figure improves as agents are added, so the search doubles from one
    /// agent until the goal is met (or the agent limit fails it) and bisects the last
    /// doubling: O(log N) evaluations of the incomplete gamma function. At least one agent
    /// is returned whenever there is traffic.
    public func minimumAgents(for goal: StaffingGoal, agentLimit: Int) throws(StaffingInputError) -> Int {
        guard agentLimit > 0 else { throw .nonPositiveAgentLimit(agentLimit) }
        guard trafficIntensity > 0 else { return 0 }
        var failing = 0
        var passing = 1
        while !meets(goal, agents: passing) {
            guard passing < agentLimit else { throw .targetUnreachable(agentLimit: agentLimit) }
            failing = passing
            passing = passing > agentLimit / 2 ? agentLimit : passing * 2
        }
        while passing - failing > 1 {
            let middle = failing + (passing - failing) / 2
            if meets(goal, agents: middle) { passing = middle } else { failing = middle }
        }
        return passing
    }

    /// Whether `agents` meet every part of `goal`, cheapest checks first.
    func meets(_ goal: StaffingGoal, agents: Int) -> Bool {
        guard let state = state(agents: agents) else { return false }
        let tolerance = StaffingGoal.tolerance
        if let cap = goal.maxAbandonment, state.probabilityOfAbandonment > cap * (1 + tolerance) { return false }
        if let cap = goal.maxOccupancy,
           Self.occupancy(of: state, traffic: trafficIntensity) > cap * (1 + tolerance) { return false }
        let level = Self.serviceLevel(of: state, threshold: goal.serviceLevel.thresholdSeconds, basis: serviceLevelBasis)
        guard level >= goal.serviceLevel.fraction - tolerance else { return false }
        if let asa = goal.maxAverageSpeedOfAnswer, state.averageWaitOfAnswered() > asa * (1 + tolerance) {
            return false
        }
        return true
    }

    private func state(agents: Int) -> AbandonmentQueueState? {
        guard agents > 0 else { return nil }
        let reciprocal = ErlangB.reciprocalBlocking(traffic: trafficIntensity, servers: agents)
        return AbandonmentQueueState(model: self, agents: agents, reciprocalBlocking: reciprocal)
    }

    private func performance(of state: AbandonmentQueueState, threshold: Double) -> QueuePerformance {
        QueuePerformance(
            trafficIntensity: trafficIntensity,
            thresholdSeconds: threshold,
            serviceLevel: Self.serviceLevel(of: state, threshold: threshold, basis: serviceLevelBasis),
            averageSpeedOfAnswer: state.averageWaitOfAnswered(),
            occupancy: Self.occupancy(of: state, traffic: trafficIntensity),
            probabilityOfWaiting: state.probabilityOfWaiting,
            probabilityOfAbandonment: state.probabilityOfAbandonment)
    }

    private static func serviceLevel(of state: AbandonmentQueueState, threshold: Double, basis: ServiceLevelBasis) -> Double {
        switch basis {
        case .waitedWithinThreshold: max(0, 1 - state.probabilityWaitExceeds(threshold))
        case .answeredWithinThreshold: max(0, 1 - state.probabilityNotAnsweredWithin(threshold))
        }
    }

    private static func occupancy(of state: AbandonmentQueueState, traffic: Double) -> Double {
        min(1, traffic * (1 - state.probabilityOfAbandonment) / Double(state.agents))
    }
}
