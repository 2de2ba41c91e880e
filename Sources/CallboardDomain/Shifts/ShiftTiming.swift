import Foundation

/// Turns a shift planned in a site's local time into UTC instants, applying the DST rule:
/// a local start, end or break start inside a spring-forward gap is refused, naming the gap;
/// one that happens twice (fall-back) is refused unless the plan says which occurrence. An
/// end at or before the start falls on the next local day, and every length is real elapsed
/// time, so a 22:00-06:00 shift over the autumn change lasts 9 h and over the spring one 7 h.
struct ShiftTiming {
    let localStart: LocalDateTime
    let localEnd: LocalDateTime
    let start: Date
    let end: Date
    let breaks: [PlannedBreak]

    init(_ plan: PlanShift, zone: TimeZone, zoneID: TimeZoneID) throws(ShiftRejection) {
        let endDate = plan.end <= plan.start ? plan.date.adding(days: 1) : plan.date
        localStart = LocalDateTime(date: plan.date, time: plan.start)
        localEnd = LocalDateTime(date: endDate, time: plan.end)
        start = try Self.resolve(localStart, plan.startOccurrence, ("start", "startOccurrence"), zone, zoneID)
        end = try Self.resolve(localEnd, plan.endOccurrence, ("end", "endOccurrence"), zone, zoneID)
        guard end > start else { throw .endsBeforeStart(start: start, end: end) }
        var breaks: [PlannedBreak] = []
        for planned in plan.breaks {
            let date = planned.start < plan.start ? plan.date.adding(days: 1) : plan.date
            let local = LocalDateTime(date: date, time: planned.start)
            let fields = (time: "breaks.start", occurrence: "breaks.occurrence")
            let instant = try Self.resolve(local, planned.occurrence, fields, zone, zoneID)
            breaks.append(PlannedBreak(localStart: local, start: instant, minutes: planned.minutes))
        }
        self.breaks = breaks.sorted { $0.start < $1.start }
        try checkBreaks()
    }

    var elapsedMinutes: Int { Int(end.timeIntervalSince(start)) / 60 }

    private func checkBreaks() throws(ShiftRejection) {
        for item in breaks where item.start < start || item.end > end {
            throw .breakOutsideShift(item.localStart)
        }
        for (earlier, later) in zip(breaks, breaks.dropFirst()) where later.start < earlier.end {
            throw .breaksOverlap(earlier.localStart, later.localStart)
        }
    }

    private static func resolve(
        _ local: LocalDateTime, _ occurrence: Occurrence?, _ fields: (time: String, occurrence: String),
        _ zone: TimeZone, _ zoneID: TimeZoneID
    ) throws(ShiftRejection) -> Date {
        do {
            return try local.instant(in: zone, occurrence: occurrence)
        } catch {
            switch error {
            case let .skipped(from, to):
                throw .localTimeSkipped(field: fields.time, local: local, timeZone: zoneID, gapFrom: from, gapTo: to)
            case let .repeated(earlier, later):
                throw .localTimeRepeated(field: fields.time, local: local, timeZone: zoneID, earlier: earlier,
                                         later: later, occurrenceField: fields.occurrence)
            }
        }
    }
}
