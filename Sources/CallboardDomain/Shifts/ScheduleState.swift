/// One agent's schedule: every shift planned for them and which were cancelled. Planning
/// decisions need it to keep an agent's shifts from overlapping.
public struct ScheduleState: Sendable, Equatable {
    public internal(set) var shifts: [ShiftID: ShiftPlanned] = [:]
    public internal(set) var cancelled: Set<ShiftID> = []

    public init() {}

    /// The shifts still on the schedule, earliest first.
    public var activeShifts: [ShiftPlanned] {
        shifts.values.filter { !cancelled.contains($0.shiftID) }.sorted { $0.start < $1.start }
    }
}
