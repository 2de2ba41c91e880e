import CallboardDomain

extension FieldSyntax {
    /// An SLA written as import files write it: `80/20`, `80/20/5`, `90/24h`, `95/24h business`
    /// (a first-response SLA recorded without a percent shows the 95% it is judged against).
    public static func text(_ sla: ServiceLevelAgreement) -> String {
        switch sla {
        case let .answered(percent, seconds, shortAbandon):
            return "\(share(percent))/\(seconds)" + (shortAbandon > 0 ? "/\(shortAbandon)" : "")
        case let .firstResponse(hours, clock, _):
            return "\(share(sla.targetPercent))/\(hours)h" + (clock == .businessHours ? " business" : "")
        }
    }

    private static func share(_ percent: Double) -> String {
        percent == percent.rounded() && abs(percent) < 1e15 ? String(Int(percent)) : String(percent)
    }

    /// A status written as import files write it: `training` ... `leave`, `left`.
    public static func text(_ status: AgentStatus) -> String {
        agentStatuses.first { $0.value == status }?.key ?? status.rawValue
    }

    /// Hours written as import files write them: `24/7`, or `mon-fri 08:00-20:00;sat 09:00-17:00`
    /// with consecutive days of the same hours joined into a range.
    public static func text(_ hours: HoursOfOperation) -> String {
        guard case let .weekly(days) = hours else { return "24/7" }
        var runs: [(first: Weekday, last: Weekday, hours: OpeningHours)] = []
        for day in Weekday.allCases {
            guard let today = days[day] else { continue }
            if let run = runs.last, run.hours == today, run.last.isoNumber + 1 == day.isoNumber {
                runs[runs.count - 1].last = day
            } else {
                runs.append((day, day, today))
            }
        }
        return runs.map { run in
            let span = run.first == run.last ? dayName(run.first) : "\(dayName(run.first))-\(dayName(run.last))"
            return "\(span) \(run.hours.open)-\(run.hours.close)"
        }.joined(separator: ";")
    }

    private static func dayName(_ day: Weekday) -> String { String(day.rawValue.prefix(3)) }
}
