/// Why a day's supply and demand cannot be allocated: the input names what is wrong and where.
///
/// Exists so a bad row from the caller (a negative time, an agent listed twice, a queue nobody
/// asked for) is a clear error instead of a wrong plan or a crash.
public enum SupplyAllocationError: Error, Sendable, Hashable, CustomStringConvertible {
    case negativeUnits(agentID: String, units: Int)
    case negativeDemand(queueID: String, units: Int)
    case duplicateAgent(String)
    case duplicateQueue(String)
    case unknownQueue(agentID: String, queueID: String)

    public var description: String {
        switch self {
        case let .negativeUnits(agent, units): "agent \(agent): units \(units) is negative"
        case let .negativeDemand(queue, units): "queue \(queue): demand \(units) is negative"
        case let .duplicateAgent(agent): "agent \(agent) is listed twice"
        case let .duplicateQueue(queue): "queue \(queue) is listed twice"
        case let .unknownQueue(agent, queue): "agent \(agent): eligible queue \(queue) has no demand row"
        }
    }
}
