/// When a queue takes contacts, on the market's wall clock: around the clock, or per group
/// of weekdays (`mon-fri 08:00-20:00;sat 09:00-17:00`).
enum QueueHours: Sendable {
    /// Opening hours for a run of weekdays (Monday 0 ... Sunday 6), in minutes after local
    /// midnight; a close at or before the open runs past midnight.
    struct Days: Sendable {
        let first: Int
        let last: Int
        let open: Int
        let close: Int

        /// Days `first` to `last` open from `open` to `close` o'clock.
        static func days(_ first: Int, _ last: Int, _ open: Int, _ close: Int) -> Days {
            Days(first: first, last: last, open: open * 60, close: close * 60)
        }
    }

    case alwaysOpen
    case weekly([Days])

    private static let dayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// The `hours` column.
    var text: String {
        guard case let .weekly(runs) = self else { return "24/7" }
        return runs.map { run in
            let days = run.first == run.last ? Self.dayNames[run.first]
                : "\(Self.dayNames[run.first])-\(Self.dayNames[run.last])"
            return "\(days) \(Self.clock(run.open))-\(Self.clock(run.close))"
        }.joined(separator: ";")
    }

    var isAlwaysOpen: Bool {
        if case .alwaysOpen = self { return true }
        return false
    }

    /// Whether the queue is open in each local half hour of the week: index
    /// `weekday * 48 + halfHour`, a run past midnight spilling into the next day.
    var openHalfHours: [Bool] {
        guard case let .weekly(runs) = self else { return Array(repeating: true, count: 336) }
        var open = Array(repeating: false, count: 336)
        for run in runs {
            let length = run.close > run.open ? run.close - run.open : run.close + 1_440 - run.open
            for day in run.first...run.last {
                for minute in stride(from: run.open, to: run.open + length, by: 30) {
                    open[(day * 1_440 + minute).floorModulo(7 * 1_440) / 30] = true
                }
            }
        }
        return open
    }

    /// The days the queue never opens (Monday 0 ... Sunday 6).
    var closedDays: [Int] {
        guard case let .weekly(runs) = self else { return [] }
        return (0..<7).filter { day in !runs.contains { (run: Days) in (run.first...run.last).contains(day) } }
    }

    /// The opening and closing minute on a weekday, nil when closed or always open.
    func window(on weekday: Int) -> (open: Int, close: Int)? {
        guard case let .weekly(runs) = self,
              let run = runs.first(where: { ($0.first...$0.last).contains(weekday) }) else { return nil }
        return (run.open, run.close)
    }

    private static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return "\(hours < 10 ? "0" : "")\(hours):\(rest < 10 ? "0" : "")\(rest)"
    }
}
