/// A client's training program, e.g. `TAB-SLATE` for the tablet maker's Slate product line.
/// Agents are certified per program; queues require one.
public struct ProgramID: EntityIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// One classroom module of a training program, e.g. `returns-policy`.
public struct ModuleID: EntityIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
