import CivilCalendar

/// The calendar months (on the site's clock) of the recent quality window in which an agent
/// took live contacts, with the days they did: QA evaluations, surveys and commendations
/// only exist for work that happened.
struct QualityMonth {
    let days: [LocalDate]
    /// Share of the month the agent worked, to scale monthly counts for part months.
    let share: Double

    static func of(_ agent: RosterAgent, window: HistoryWindow, clock: SiteClock) -> [QualityMonth] {
        guard agent.contactsFrom != nil else { return [] }
        let first = clock.localDate(at: window.qualityStart)
        let last = clock.localDate(at: window.now).adding(days: -1)
        var months: [QualityMonth] = []
        var monthStart = first.firstOfMonth(addingMonths: 0)
        while monthStart <= last {
            let next = monthStart.firstOfMonth(addingMonths: 1)
            let length = next.daysSinceEpoch - monthStart.daysSinceEpoch
            let days = (0..<length).map { monthStart.adding(days: $0) }
                .filter { $0 >= first && $0 <= last && agent.handlesContacts(on: $0) }
            if !days.isEmpty { months.append(QualityMonth(days: days, share: Double(days.count) / Double(length))) }
            monthStart = next
        }
        return months
    }

    /// `count` different days of the month, in order.
    func distinctDays(_ count: Int, _ random: inout SeededRandom) -> [LocalDate] {
        var pool = days
        var chosen: [LocalDate] = []
        while chosen.count < count && !pool.isEmpty {
            chosen.append(pool.remove(at: random.below(pool.count)))
        }
        return chosen.sorted()
    }
}
