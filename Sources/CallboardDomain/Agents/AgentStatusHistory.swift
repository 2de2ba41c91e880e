/// An agent's statuses over time, effective-dated: a hire is a change to training on the hire
/// day, and each status change takes effect on its day (two on the same day apply in the
/// order recorded). It answers "was this agent live for the whole of a period", which award
/// eligibility asks of every local month.
public struct AgentStatusHistory: Sendable, Equatable {
    /// One status taking effect on a day.
    public struct Change: Sendable, Equatable {
        public let effectiveOn: LocalDate
        public let status: AgentStatus

        public init(effectiveOn: LocalDate, status: AgentStatus) {
            self.effectiveOn = effectiveOn
            self.status = status
        }
    }

    /// The changes in the order they take effect.
    public let changes: [Change]

    /// The history of `changes`, given in the order they were recorded.
    public init(_ changes: [Change]) {
        self.changes = changes.enumerated()
            .sorted { ($0.element.effectiveOn, $0.offset) < ($1.element.effectiveOn, $1.offset) }
            .map(\.element)
    }

    /// The status in force on `day`; nil before the agent was hired.
    public func status(on day: LocalDate) -> AgentStatus? {
        changes.last { $0.effectiveOn <= day }?.status
    }

    /// Whether the agent was live on every day from `first` to `last`.
    public func isLive(from first: LocalDate, through last: LocalDate) -> Bool {
        status(on: first) == .live
            && changes.allSatisfy { $0.effectiveOn <= first || $0.effectiveOn > last || $0.status == .live }
    }
}
