import CallboardDomain

/// Hours of operation as people write them, in the import format: `24/7`, or
/// `mon-fri 08:00-20:00; sat 09:00-17:00` (consecutive days with equal hours joined).
enum HoursWording {
    static func text(_ hours: HoursOfOperation) -> String {
        guard case let .weekly(days) = hours else { return "24/7" }
        var groups: [(first: Weekday, last: Weekday, hours: OpeningHours)] = []
        for day in Weekday.allCases {
            guard let open = days[day] else { continue }
            if let last = groups.last, last.hours == open, last.last.isoNumber + 1 == day.isoNumber {
                groups[groups.count - 1].last = day
            } else {
                groups.append((day, day, open))
            }
        }
        return groups.map { group in
            let range = group.first == group.last ? name(group.first) : "\(name(group.first))-\(name(group.last))"
            return "\(range) \(group.hours.open)-\(group.hours.close)"
        }.joined(separator: "; ")
    }

    private static func name(_ day: Weekday) -> String { String(day.rawValue.prefix(3)) }
}
