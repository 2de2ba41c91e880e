/// The class a queue is served in when supply is short: a lower rank is served first.
///
/// Exists to state the business rule once: queues under a contractual service level (the
/// client pays penalties when it is missed) come before queues without one. Within a class
/// the shortfall is shared by largest relative gap (see ``SupplyAllocator``). More classes can
/// be made with ``init(rank:)``.
public struct AllocationPriority: Sendable, Hashable, Codable, Comparable {
    /// 0 is served first.
    public let rank: Int

    public init(rank: Int) { self.rank = rank }

    /// A queue with a contractual service level: served first.
    public static let contractSLA = AllocationPriority(rank: 0)
    /// A queue without one (best effort, internal targets only).
    public static let noContractSLA = AllocationPriority(rank: 1)

    public static func < (lhs: AllocationPriority, rhs: AllocationPriority) -> Bool { lhs.rank < rhs.rank }
}
