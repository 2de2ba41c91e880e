import Foundation
import StaffingMath

/// The agents one interval of a queue needs: productive agents on contacts, and agents to
/// schedule once shrinkage is added.
///
/// Exists as the hot path of capacity planning (a season is 2,016 intervals per queue), so it
/// calls the Erlang C search directly, with no allocation, instead of through an existential.
public struct IntervalRequirement: Sendable, Hashable, Codable {
    /// UTC start of the interval.
    public let start: Date
    /// Forecast contacts the requirement is for.
    public let contacts: Double
    /// Agents on contacts (fractional for inbox work, which is fluid).
    public let agents: Double
    /// Agents to schedule after shrinkage, whole.
    public let scheduled: Int

    public init(start: Date, contacts: Double, agents: Double, scheduled: Int) {
        self.start = start
        self.contacts = contacts
        self.agents = agents
        self.scheduled = scheduled
    }
}

extension StaffingProfile {
    /// The requirement for `contacts` offered in an interval of `intervalSeconds`.
    public func requirement(contacts: Double, intervalSeconds: Double, start: Date) throws(StaffingInputError) -> IntervalRequirement {
        let shrink = try Shrinkage(shrinkage)
        switch model {
        case let .queued(percent, threshold, concurrency):
            let load = try OfferedLoad(contacts: contacts, intervalSeconds: intervalSeconds,
                                       averageHandleTimeSeconds: averageHandleSeconds)
            let goal = try StaffingGoal(serviceLevel: ServiceLevelTarget(percent: percent, thresholdSeconds: threshold),
                                        maxOccupancy: maxOccupancy)
            let slots = try ErlangC(load: load).minimumAgents(for: goal)
            let agents = (slots + concurrency - 1) / concurrency
            return IntervalRequirement(start: start, contacts: contacts, agents: Double(agents),
                                       scheduled: shrink.scheduledAgents(forProductive: agents))
        case .deferred:
            // Steady state: the interval's arrivals are worked within the window at the occupancy cap.
            let inbox = try DeferredWorkStaffing(contacts: contacts, handleTimeSeconds: averageHandleSeconds,
                                                 responseWindowSeconds: intervalSeconds, maxOccupancy: maxOccupancy)
            let need = inbox.requirement(shrinkage: shrink)
            return IntervalRequirement(start: start, contacts: contacts, agents: need.agentsWhileOpen,
                                       scheduled: need.scheduledAgents)
        }
    }
}
