import CivilCalendar

/// The `shifts` import file: the coming three weeks of shifts for every live agent, planned
/// in the site's local time from the agent's weekly pattern, on the queues they work, while
/// the agent is certified on those queues' programs (`TrainingPlan.shiftsThrough`). A day
/// whose start, end or break would fall in a DST gap or overlap at the site is left
/// unplanned rather than shifted, as a careful scheduler would.
enum ShiftPlan {
    static func file(
        _ roster: [RosterAgent], window: HistoryWindow, clocks: [String: SiteClock], certifiedThrough: [String: LocalDate]
    ) -> DemoFile {
        let live = roster.filter { $0.status == .live }
        var writer = CSVWriter(header: ["agent_id", "date", "start", "end", "queues", "breaks"],
                               reservingRows: live.count * 16, bytesPerRow: 96)
        for agent in live {
            guard let clock = clocks[agent.site.id] else { continue }
            let today = clock.localDate(at: window.now)
            let pattern = agent.pattern
            let breakStart = pattern.startMinute + WorkPattern.breakAfterMinutes
            let queues = agent.queues.map(\.id)
            for ahead in 1...window.shiftDays {
                let date = today.adding(days: ahead)
                guard pattern.works(on: date), let last = certifiedThrough[agent.id], date <= last else { continue }
                let start = date.midnightSeconds + pattern.startMinute * 60
                let moments = [start, start + WorkPattern.shiftMinutes * 60, date.midnightSeconds + breakStart * 60]
                guard moments.allSatisfy({ WallClock.uniqueInstant(ofLocal: $0, in: clock.zone) != nil }) else {
                    continue
                }
                writer.text(agent.id)
                writer.date(date)
                writer.time(minutes: pattern.startMinute)
                writer.time(minutes: pattern.startMinute + WorkPattern.shiftMinutes)
                writer.list(queues)
                writer.text("\(clockText(breakStart))+\(WorkPattern.breakMinutes)")
                writer.endRow()
            }
        }
        return DemoFile(kind: .shifts, fileName: "shifts.csv", csvText: writer.csvText, rowCount: writer.rowCount)
    }

    private static func clockText(_ minutes: Int) -> String {
        let wrapped = minutes.floorModulo(1_440)
        return RecordID.make("", wrapped / 60, digits: 2) + ":" + RecordID.make("", wrapped % 60, digits: 2)
    }
}
