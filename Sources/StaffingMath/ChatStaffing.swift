/// Staffing a chat queue where each agent runs up to `concurrency` conversations at once.
///
/// Exists because chat is not voice: an agent is several "slots", and the handle time a
/// chat platform reports is how long a conversation stays open while its agent is also
/// serving others.
///
/// Model: each agent is `concurrency` independent servers, so N agents are an M/M/(N k)
/// queue (Erlang C, or Erlang A with patience) fed with the chats and their open time
/// as handle time; the head count is the smallest N whose N k slots meet the goal.
/// A chat waits exactly when every slot is taken, which this models faithfully. The
/// common shortcut, Erlang C with AHT / k and N servers, gives the same service-level
/// exponent ((N k - k A) t / AHT) but the waiting probability of N fast servers instead
/// of N k slow ones, so it over-staffs; it also treats a conversation as finishing in
/// AHT / k, which is not what customers experience.
/// The approximation: slot handle time does not depend on how many chats the agent
/// currently holds. Use the handle time measured at the concurrency you plan to run.
/// Occupancy is reported per slot (share of slots busy).
public struct ChatStaffing: QueueingModel {
    /// Conversations one agent handles at once.
    public let concurrency: Int
    /// The queue of chats over slots.
    public let slots: any QueueingModel

    /// - Parameters:
    ///   - load: chats offered in the interval and their average open time.
    ///   - concurrency: chats per agent at once, at least 1.
    ///   - meanPatienceSeconds: with it, chats abandon (Erlang A); without, Erlang C.
    public init(
        load: OfferedLoad,
        concurrency: Int,
        meanPatienceSeconds: Double? = nil,
        serviceLevelBasis: ServiceLevelBasis = .answeredWithinThreshold
    ) throws(StaffingInputError) {
        guard concurrency >= 1 else { throw .concurrencyBelowOne(concurrency) }
        self.concurrency = concurrency
        if let patience = meanPatienceSeconds {
            slots = try ErlangA(load: load, meanPatienceSeconds: patience, serviceLevelBasis: serviceLevelBasis)
        } else {
            slots = ErlangC(load: load)
        }
    }

    /// Offered load in chat Erlangs (average number of chats open at once).
    public var trafficIntensity: Double { slots.trafficIntensity }

    /// What `agents` agents (`agents` x `concurrency` slots) achieve.
    public func performance(agents: Int, thresholdSeconds: Double) -> QueuePerformance {
        slots.performance(agents: agents * concurrency, thresholdSeconds: thresholdSeconds)
    }

    /// The smallest number of agents (people, not slots) meeting the goal.
    public func minimumAgents(for goal: StaffingGoal, agentLimit: Int) throws(StaffingInputError) -> Int {
        guard agentLimit > 0 else { throw .nonPositiveAgentLimit(agentLimit) }
        let slotLimit = agentLimit.multipliedReportingOverflow(by: concurrency)
        let neededSlots = try slots.minimumAgents(
            for: goal, agentLimit: slotLimit.overflow ? Int.max : slotLimit.partialValue)
        // Slots only come in whole agents; every figure improves with more slots.
        return (neededSlots + concurrency - 1) / concurrency
    }
}
