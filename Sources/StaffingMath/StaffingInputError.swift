/// Why a staffing calculation refused its inputs.
///
/// Exists so that callers (the CLI, an API, a planner UI) can tell the person
/// which field to fix instead of getting a NaN, a crash or an absurd head count.
/// Every case names the field it is about; ``field`` gives that name as text.
public enum StaffingInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The interval (or period) length must be a finite number of seconds above zero.
    case nonPositiveInterval(seconds: Double)
    /// Contacts offered must be a finite number, zero or more.
    case negativeContacts(Double)
    /// The average handle time must be a finite number of seconds above zero.
    case nonPositiveHandleTime(seconds: Double)
    /// Mean patience (Erlang A) must be a finite number of seconds above zero.
    case nonPositivePatience(seconds: Double)
    /// Shrinkage must lie in [0, 1): 1 would mean nobody is ever available.
    case shrinkageOutOfRange(Double)
    /// The service-level percentage must lie in [0, 100): 100% is never reached by a queue.
    case serviceLevelPercentOutOfRange(Double)
    /// The service-level threshold must be a finite number of seconds, zero or more.
    case negativeThreshold(seconds: Double)
    /// An average-speed-of-answer target must be a finite number of seconds above zero.
    case nonPositiveAnswerTimeTarget(seconds: Double)
    /// An occupancy cap must lie in (0, 1].
    case occupancyCapOutOfRange(Double)
    /// An abandonment cap must lie in (0, 1].
    case abandonmentCapOutOfRange(Double)
    /// Chat concurrency must be at least one chat per agent.
    case concurrencyBelowOne(Int)
    /// A deferred-work response window must be a finite number of seconds above zero.
    case nonPositiveResponseWindow(seconds: Double)
    /// Opening hours per day must lie in (0, 24].
    case openHoursPerDayOutOfRange(Double)
    /// Opening days per week must lie in (0, 7].
    case openDaysPerWeekOutOfRange(Double)
    /// The largest team a search may consider must be at least one agent.
    case nonPositiveAgentLimit(Int)
    /// No head count up to the agent limit meets the goal (service level, answer time,
    /// occupancy cap and abandonment cap together).
    case targetUnreachable(agentLimit: Int)
    /// A service-level target written as text could not be read (expected e.g. `80/20`).
    case malformedServiceLevelTarget(String)

    /// The name of the input field the error is about, as a person would call it.
    public var field: String {
        switch self {
        case .nonPositiveInterval: "interval"
        case .negativeContacts: "contacts"
        case .nonPositiveHandleTime: "averageHandleTime"
        case .nonPositivePatience: "patience"
        case .shrinkageOutOfRange: "shrinkage"
        case .serviceLevelPercentOutOfRange, .negativeThreshold, .malformedServiceLevelTarget: "serviceLevelTarget"
        case .nonPositiveAnswerTimeTarget: "averageSpeedOfAnswer"
        case .occupancyCapOutOfRange: "maxOccupancy"
        case .abandonmentCapOutOfRange: "maxAbandonment"
        case .concurrencyBelowOne: "concurrency"
        case .nonPositiveResponseWindow: "responseWindow"
        case .openHoursPerDayOutOfRange: "openHoursPerDay"
        case .openDaysPerWeekOutOfRange: "openDaysPerWeek"
        case .nonPositiveAgentLimit, .targetUnreachable: "agentLimit"
        }
    }

    public var description: String {
        switch self {
        case .nonPositiveInterval(let s): "interval must be more than 0 seconds (got \(s))"
        case .negativeContacts(let c): "contacts must be a finite number, 0 or more (got \(c))"
        case .nonPositiveHandleTime(let s): "average handle time must be more than 0 seconds (got \(s))"
        case .nonPositivePatience(let s): "patience must be more than 0 seconds (got \(s))"
        case .shrinkageOutOfRange(let v): "shrinkage must be at least 0 and below 1 (got \(v))"
        case .serviceLevelPercentOutOfRange(let p): "service-level percent must be at least 0 and below 100 (got \(p))"
        case .negativeThreshold(let s): "service-level threshold must be 0 seconds or more (got \(s))"
        case .nonPositiveAnswerTimeTarget(let s): "average speed of answer target must be more than 0 seconds (got \(s))"
        case .occupancyCapOutOfRange(let v): "occupancy cap must be above 0 and at most 1 (got \(v))"
        case .abandonmentCapOutOfRange(let v): "abandonment cap must be above 0 and at most 1 (got \(v))"
        case .concurrencyBelowOne(let k): "concurrency must be at least 1 (got \(k))"
        case .nonPositiveResponseWindow(let s): "response window must be more than 0 seconds (got \(s))"
        case .openHoursPerDayOutOfRange(let h): "open hours per day must be above 0 and at most 24 (got \(h))"
        case .openDaysPerWeekOutOfRange(let d): "open days per week must be above 0 and at most 7 (got \(d))"
        case .nonPositiveAgentLimit(let n): "agent limit must be at least 1 (got \(n))"
        case .targetUnreachable(let n): "no team of up to \(n) agents meets the target under the given caps"
        case .malformedServiceLevelTarget(let text): "service-level target must look like 80/20 (percent/seconds), got '\(text)'"
        }
    }
}
