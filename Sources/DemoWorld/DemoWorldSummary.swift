import Foundation

/// The headline numbers of a generated world, for the demo's tour ("1,500 agents at six
/// sites, 2 years of history on 44 queues") and for tests that check the world's size.
public struct DemoWorldSummary: Sendable, Hashable {
    public var sites = 0
    public var accounts = 0
    public var queues = 0
    public var agents = 0
    /// Agents by status name (`training`, `nesting`, `live`, `leave`, `left`).
    public var agentsByStatus: [String: Int] = [:]
    public var intervalRows = 0
    public var agentIntervalRows = 0
    public var qaEvaluations = 0
    public var csatSurveys = 0
    public var commendations = 0
    public var shifts = 0
    /// The first interval start of the history.
    public var historyStart = Date(timeIntervalSince1970: 0)
    /// The end of the history: the start of the interval `now` falls in (exclusive).
    public var historyEnd = Date(timeIntervalSince1970: 0)

    public init() {}

    /// All rows across all files.
    public var totalRows: Int {
        sites + accounts + queues + agents + intervalRows + agentIntervalRows + qaEvaluations
            + csatSurveys + commendations + shifts
    }
}
