/// Staffing for work that waits in an inbox rather than a queue: email, messages, cases.
///
/// Exists because Erlang maths does not apply when nobody is on the line: what matters is
/// that the window's workload (contacts x handle time) is finished within the open time of
/// the response window (e.g. first response within 24 hours). Required agents while open
/// = workload / (open time in the window x occupancy cap); scheduled adds shrinkage.
/// Steady-state approximation: arrivals and work are spread evenly over the window.
public struct DeferredWorkStaffing: Sendable, Hashable {
    /// Contacts to answer per response window.
    public let contacts: Double
    /// Average handle time per contact in seconds.
    public let handleTime: Double
    /// Calendar length of the response window in seconds.
    public let responseWindow: Double
    /// When the team works.
    public let openingHours: OpeningHours
    /// Share of open time agents can spend on the work, in (0, 1].
    public let maxOccupancy: Double

    public init(
        contacts: Double,
        handleTimeSeconds: Double,
        responseWindowSeconds: Double,
        openingHours: OpeningHours = .twentyFourSeven,
        maxOccupancy: Double = 1
    ) throws(StaffingInputError) {
        guard contacts >= 0, contacts.isFinite else { throw .negativeContacts(contacts) }
        guard handleTimeSeconds > 0, handleTimeSeconds.isFinite else {
            throw .nonPositiveHandleTime(seconds: handleTimeSeconds)
        }
        guard responseWindowSeconds > 0, responseWindowSeconds.isFinite else {
            throw .nonPositiveResponseWindow(seconds: responseWindowSeconds)
        }
        guard maxOccupancy > 0, maxOccupancy <= 1 else { throw .occupancyCapOutOfRange(maxOccupancy) }
        self.contacts = contacts
        handleTime = handleTimeSeconds
        responseWindow = responseWindowSeconds
        self.openingHours = openingHours
        self.maxOccupancy = maxOccupancy
    }

    /// Handling work arriving per window, in seconds.
    public var workloadSeconds: Double { contacts * handleTime }

    /// Open time in one window, in seconds.
    public var openSecondsInWindow: Double { openingHours.openSeconds(inWindowOf: responseWindow) }

    /// Agents needed whenever the team is open, as a fraction (work is fluid).
    public var agentsWhileOpen: Double { workloadSeconds / (openSecondsInWindow * maxOccupancy) }

    /// Whole agents while open and people to schedule after `shrinkage`.
    public func requirement(shrinkage: Shrinkage = .none) -> DeferredWorkRequirement {
        DeferredWorkRequirement(
            workloadSeconds: workloadSeconds,
            openSecondsInWindow: openSecondsInWindow,
            agentsWhileOpen: agentsWhileOpen,
            shrinkage: shrinkage)
    }
}
