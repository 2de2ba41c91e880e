import CallboardDomain

/// What `report staffing` answers: a site's shifts in one ISO week and the hours they
/// give each queue, all in the site's local time.
public struct Staffing: Sendable, Equatable {
    public let siteID: SiteID
    public let siteName: String
    public let timeZone: TimeZoneID
    public let week: ISOWeek
    /// Shifts starting in the week (local time), by start then agent.
    public let shifts: [StaffedShift]
    /// Hours on duty per queue and weekday, by queue.
    public let queues: [QueueWeekHours]

    /// The totals row of `queues`: per weekday, the sum of the queue rows' hours. A shift on
    /// several queues counts in each of them, as in the rows, so this is the hours given to
    /// queues, which can exceed ``workedHours``.
    public var queueHoursByDay: [Double] {
        queues.reduce(into: Array(repeating: 0, count: 7)) { totals, queue in
            for (day, hours) in queue.hoursByDay.enumerated() { totals[day] += hours }
        }
    }

    /// The sum of all queue rows: the totals row's total.
    public var queueHours: Double { queues.reduce(0) { $0 + $1.totalHours } }

    /// The hours the site's shifts worked in the week, each shift counted once (the shift
    /// rows' sum).
    public var workedHours: Double { Double(shifts.reduce(0) { $0 + $1.workedSeconds }) / 3600 }

    /// Per weekday, the hours the site worked, each shift counted once on the day it starts.
    public var workedHoursByDay: [Double] {
        shifts.reduce(into: Array(repeating: 0, count: 7)) { totals, shift in
            let day = shift.localStart.date.daysSinceEpoch - week.monday.daysSinceEpoch
            if totals.indices.contains(day) { totals[day] += Double(shift.workedSeconds) / 3600 }
        }
    }

    /// Shifts planned on no queue: in the shift rows and ``workedHours`` but in no queue row.
    public var shiftsWithoutQueue: Int { shifts.count { $0.queues.isEmpty } }
}

/// One planned shift of the site.
public struct StaffedShift: Sendable, Equatable {
    public let agentID: AgentID
    /// Nil when the roster does not know the agent (it always should).
    public let agentName: String?
    public let shiftID: ShiftID
    public let localStart: LocalDateTime
    public let localEnd: LocalDateTime
    /// Real time on duty, breaks excluded, across any DST change.
    public let workedSeconds: Int
    public let queues: [QueueID]
}

/// The hours a site's shifts give one queue, per day of the week.
///
/// A shift planned on several queues gives its hours to each of them (the agent can take
/// contacts from any), so the queues' hours can add up to more than the site worked.
public struct QueueWeekHours: Sendable, Equatable {
    public let queueID: QueueID
    /// Monday to Sunday, by the local day the shifts start on.
    public let hoursByDay: [Double]

    public var totalHours: Double { hoursByDay.reduce(0, +) }

    /// Each queue's hours from the week's shifts.
    static func from(_ shifts: [StaffedShift], week: ISOWeek) -> [QueueWeekHours] {
        var hours: [QueueID: [Double]] = [:]
        for shift in shifts {
            let day = shift.localStart.date.daysSinceEpoch - week.monday.daysSinceEpoch
            for queue in shift.queues {
                hours[queue, default: Array(repeating: 0, count: 7)][day] += Double(shift.workedSeconds) / 3600
            }
        }
        return hours.keys.sorted().map { QueueWeekHours(queueID: $0, hoursByDay: hours[$0] ?? []) }
    }
}
