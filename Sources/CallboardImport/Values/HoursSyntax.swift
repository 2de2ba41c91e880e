import CallboardDomain

extension FieldSyntax {
    private static let hoursRule = "must be 24/7 or days and hours such as mon-fri 08:00-20:00;sat 09:00-17:00"
    private static let dayNames: [String: Weekday] = [
        "mon": .monday, "tue": .tuesday, "wed": .wednesday, "thu": .thursday,
        "fri": .friday, "sat": .saturday, "sun": .sunday,
    ]

    /// `24/7`, or `mon-fri 08:00-20:00;sat 09:00-17:00` in the queue's local time. A close
    /// at or before the open runs past midnight; a day range may wrap (`sat-sun`, `fri-mon`).
    public static func hours(_ text: String) throws(FieldSyntaxError) -> HoursOfOperation {
        if text == "24/7" { return .alwaysOpen }
        var days: [Weekday: OpeningHours] = [:]
        let entries = list(text)
        guard !entries.isEmpty else { throw FieldSyntaxError(hoursRule) }
        for entry in entries {
            let (weekdays, hours) = try openingEntry(entry)
            for day in weekdays {
                guard days[day] == nil else {
                    throw FieldSyntaxError(hoursRule, detail: "\(day.rawValue) is given more than once")
                }
                days[day] = hours
            }
        }
        return .weekly(days)
    }

    /// `mon-fri 08:00-20:00` as the weekdays and their hours.
    private static func openingEntry(_ entry: String) throws(FieldSyntaxError) -> ([Weekday], OpeningHours) {
        let parts = entry.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2 else { throw FieldSyntaxError(hoursRule, detail: "'\(entry)' is not days and hours") }
        let times = parts[1].split(separator: "-", omittingEmptySubsequences: false)
        guard times.count == 2, let open = LocalTime(parsing: String(times[0])),
              let close = LocalTime(parsing: String(times[1])) else {
            throw FieldSyntaxError(hoursRule, detail: "'\(parts[1])' is not a time range HH:MM-HH:MM")
        }
        return (try weekdays(parts[0]), OpeningHours(open: open, close: close))
    }

    /// `mon` or `mon-fri` (wrapping past Sunday if need be).
    private static func weekdays(_ text: Substring) throws(FieldSyntaxError) -> [Weekday] {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false)
        var bounds: [Weekday] = []
        for end in ends {
            guard let day = dayNames[String(end)] else {
                throw FieldSyntaxError(hoursRule, detail: "'\(end)' is not a day (mon, tue, wed, thu, fri, sat, sun)")
            }
            bounds.append(day)
        }
        guard let first = bounds.first, let last = bounds.last, bounds.count <= 2 else {
            throw FieldSyntaxError(hoursRule, detail: "'\(text)' is not a day or a day range such as mon-fri")
        }
        let all = Weekday.allCases
        let start = first.isoNumber - 1, count = (last.isoNumber - first.isoNumber + 7) % 7 + 1
        return (0..<count).map { all[(start + $0) % 7] }
    }
}
