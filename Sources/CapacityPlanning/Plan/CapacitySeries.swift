import Forecasting

/// The per-day figures a capacity chart draws, for the queues (or the site) a report covers:
/// required agents at P50 and P90, the requirement of what actually arrived (past days),
/// supply allocated today and supply planned once the plan's actions land, with today marked;
/// one panel per queue as well.
///
/// Exists so the chart adapter is a straight mapping: every figure comes from the same
/// ``SeasonPlan`` the report's rows and plan come from. Required at P90 and the actual
/// requirement are the day's head count scaled by P90 / P50 and actual / P50 volume (the
/// head count is linear in volume but for Erlang's economies of scale, so this slightly
/// overstates a larger day); nil where there is nothing to scale (no forecast volume, or no
/// report for a past day, which is a feed gap).
public struct CapacitySeries: Sendable, Hashable, Codable {
    public struct Day: Sendable, Hashable, Codable {
        public let day: LocalDate
        public let requiredP50: Double
        public let requiredP90: Double
        /// Past days with reports only.
        public let actualRequired: Double?
        /// Supply allocated as staffed today.
        public let allocated: Double
        /// Supply once overtime, cross-training and hires land.
        public let planned: Double

        public init(day: LocalDate, requiredP50: Double, requiredP90: Double, actualRequired: Double?,
                    allocated: Double, planned: Double) {
            self.day = day
            self.requiredP50 = requiredP50
            self.requiredP90 = requiredP90
            self.actualRequired = actualRequired
            self.allocated = allocated
            self.planned = planned
        }
    }

    /// One queue's days.
    public struct Panel: Sendable, Hashable, Codable {
        public let queueID: String
        public let days: [Day]
    }

    public let today: LocalDate
    /// The queues (or the site's share of them) added up, per day.
    public let days: [Day]
    public let panels: [Panel]

    /// The series of `queueIDs` in `plan`, or of `siteID`'s share of them; `actuals` are the
    /// offered contacts reported per queue and day (absent: no report).
    public init(plan: SeasonPlan, queueIDs: [String], siteID: String? = nil, actuals: [String: [LocalDate: Double]]) {
        today = plan.today
        let wanted = Set(queueIDs)
        let panels = plan.queues.filter { wanted.contains($0.queueID) }.map { queue in
            Panel(queueID: queue.queueID, days: plan.base.days.map { day in
                Self.day(queue, day, plan: plan, siteID: siteID, actual: actuals[queue.queueID]?[day])
            })
        }
        self.panels = panels
        days = plan.base.days.enumerated().map { index, day in
            let parts = panels.map { $0.days[index] }
            let actual = parts.compactMap(\.actualRequired)
            return Day(day: day, requiredP50: parts.reduce(0) { $0 + $1.requiredP50 },
                       requiredP90: parts.reduce(0) { $0 + $1.requiredP90 },
                       actualRequired: day < plan.today && !actual.isEmpty ? actual.reduce(0, +) : nil,
                       allocated: parts.reduce(0) { $0 + $1.allocated }, planned: parts.reduce(0) { $0 + $1.planned })
        }
    }

    private static func day(_ queue: PlanQueue, _ day: LocalDate, plan: SeasonPlan, siteID: String?, actual: Double?) -> Day {
        let need = queue.requirement(on: day)
        let base = CapacityDay(queueID: queue.queueID, day: day, in: plan.base)
        let planned = CapacityDay(queueID: queue.queueID, day: day, in: plan.planned)
        let required: Double, allocated: Double, supply: Double
        if let siteID {
            required = base?.site(siteID)?.demand ?? 0
            allocated = base?.site(siteID)?.allocated ?? 0
            supply = planned?.site(siteID)?.allocated ?? 0
        } else {
            required = Double(base?.required ?? 0)
            allocated = base?.allocated ?? 0
            supply = planned?.allocated ?? 0
        }
        let p50 = need?.contactsP50 ?? 0
        let p90 = p50 > 0 ? required * (need?.contactsP90 ?? p50) / p50 : required
        let actualRequired = day < plan.today && p50 > 0 ? actual.map { required * $0 / p50 } : nil
        return Day(day: day, requiredP50: required, requiredP90: p90, actualRequired: actualRequired,
                   allocated: allocated, planned: supply)
    }
}
