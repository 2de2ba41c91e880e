import Foundation

/// Why a shift command was refused, in a sentence a site director understands. The DST
/// cases say exactly which local time is the problem; shifts are never moved silently.
public enum ShiftRejection: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidFields([FieldProblem])
    case agentNotHired(AgentID)
    case agentHasLeft(AgentID)
    case siteNotOpened(SiteID)
    case siteClosed(SiteID)
    case unknownQueues([QueueID])
    /// A local time falls in a spring-forward gap (it never happens on that day).
    case localTimeSkipped(field: String, local: LocalDateTime, timeZone: TimeZoneID,
                          gapFrom: LocalDateTime, gapTo: LocalDateTime)
    /// A local time happens twice (clocks fall back) and the command did not say which.
    case localTimeRepeated(field: String, local: LocalDateTime, timeZone: TimeZoneID, earlier: Date, later: Date,
                           occurrenceField: String)
    case endsBeforeStart(start: Date, end: Date)
    case tooLong(elapsedMinutes: Int, maximumMinutes: Int, site: SiteID)
    case breakOutsideShift(LocalDateTime)
    case breaksOverlap(LocalDateTime, LocalDateTime)
    case overlapsShift(ShiftID, localStart: LocalDateTime, localEnd: LocalDateTime)
    case alreadyPlanned(ShiftID)
    case shiftNotFound(ShiftID)
    case alreadyCancelled(ShiftID)
    /// A queue of the shift requires a program the agent is not certified on for the whole shift.
    case notCertified(AgentID, queue: QueueID, CertificationGap)

    public var description: String {
        switch self {
        case let .invalidFields(problems):
            problems.map(\.description).joined(separator: " ")
        case let .agentNotHired(agent):
            "Agent \(agent) has not been hired (field agentID)."
        case let .agentHasLeft(agent):
            "Agent \(agent) has left the company and cannot be scheduled (field agentID)."
        case let .siteNotOpened(site):
            "Site \(site), where the agent works, has not been opened."
        case let .siteClosed(site):
            "Site \(site), where the agent works, is closed and takes no shifts."
        case let .unknownQueues(queues):
            "No open queue is called \(queues.map(\.rawValue).joined(separator: ", ")) (field queues)."
        case let .localTimeSkipped(field, local, zone, from, to):
            "The local time \(local) (field \(field)) does not exist in \(zone): clocks jump from "
                + "\(from.time) to \(to.time) that night. Plan outside the gap; shifts are never moved silently."
        case let .localTimeRepeated(field, local, zone, earlier, later, occurrenceField):
            "The local time \(local) (field \(field)) happens twice in \(zone) because clocks fall back: "
                + "first at \(EventJSON.format(earlier)), then at \(EventJSON.format(later)). Say which one, "
                + "earlier or later (field \(occurrenceField))."
        case let .endsBeforeStart(start, end):
            "The shift would end at \(EventJSON.format(end)), not after its start at \(EventJSON.format(start)); "
                + "check the start and end occurrences (field end)."
        case let .tooLong(elapsed, maximum, site):
            "The shift lasts \(Self.hours(elapsed)) of real time, longer than site \(site)'s maximum of "
                + "\(Self.hours(maximum)) (field end)."
        case let .breakOutsideShift(local):
            "The break at \(local) does not lie within the shift (field breaks)."
        case let .breaksOverlap(first, second):
            "The breaks at \(first) and \(second) overlap (field breaks)."
        case let .overlapsShift(shift, localStart, localEnd):
            "The agent already has shift \(shift) from \(localStart) to \(localEnd), which this shift overlaps."
        case let .alreadyPlanned(shift):
            "Shift \(shift) is already planned differently; cancel it or choose another shift id (field shiftID)."
        case let .shiftNotFound(shift):
            "The agent has no shift \(shift) (field shiftID)."
        case let .alreadyCancelled(shift):
            "Shift \(shift) is already cancelled (field shiftID)."
        case let .notCertified(agent, queue, gap):
            "Agent \(agent) cannot be scheduled on queue \(queue) for this shift: \(gap) (field queues)."
        }
    }

    private static func hours(_ minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min"
    }
}
