import Forecasting

/// What the peak chart shows, as plain values: per local day the required agents (P50 and
/// P90), what was actually required on past days, the supply allocated today and the supply
/// planned once hires and cross-training land; for the scope as a whole and, optionally,
/// per queue.
///
/// Exists so the chart is drawn from figures alone (values in, SVG out): whichever part
/// computes them (the peak report, the allocator, an export) fills this in, and the drawing
/// (``PeakChart/svg(layout:)``) never reads a database or a clock.
public struct PeakChart: Sendable, Hashable {
    /// One local day's figures, in agents (FTE: people on the roster).
    public struct Day: Sendable, Hashable {
        public let day: LocalDate
        /// Agents required by the median (P50) forecast; nil where no forecast was published for the day.
        public let requiredP50: Double?
        /// Agents required by the P90 forecast (the top of the band, never under P50).
        public let requiredP90: Double?
        /// Agents that what actually arrived would have required (past days); nil otherwise.
        public let actualRequired: Double?
        /// Agents allocated to the work that day on today's workforce; nil when unknown.
        public let suppliedToday: Double?
        /// Today's supply plus hires and cross-training landing by that day; nil where no plan applies.
        public let plannedSupply: Double?

        public init(day: LocalDate, requiredP50: Double?, requiredP90: Double?, actualRequired: Double? = nil,
                    suppliedToday: Double? = nil, plannedSupply: Double? = nil) {
            self.day = day
            self.requiredP50 = requiredP50
            self.requiredP90 = requiredP90.map { max($0, requiredP50 ?? $0) } ?? requiredP50
            self.actualRequired = actualRequired
            self.suppliedToday = suppliedToday
            self.plannedSupply = plannedSupply
        }
    }

    /// One line of figures over the season: the whole scope, or one queue (a panel).
    public struct Series: Sendable, Hashable {
        /// What the series covers, e.g. a queue's id or name.
        public let name: String
        /// The days, in date order.
        public let days: [Day]

        public init(name: String, days: [Day]) {
            self.name = name
            self.days = days.sorted { $0.day < $1.day }
        }
    }

    /// A queue in scope that the chart does not draw, and why (e.g. "not forecast").
    public struct LeftOut: Sendable, Hashable {
        public let queue: String
        public let reason: String

        public init(queue: String, reason: String) {
            self.queue = queue
            self.reason = reason
        }
    }

    /// How the chart is laid out.
    public enum Layout: Sendable, Hashable {
        /// One plot of the scope's totals.
        case combined
        /// One small plot per queue, on a shared date axis.
        case panels
    }

    /// The season's name, e.g. `black-friday-2026`.
    public let season: String
    /// What the chart covers, e.g. `account tabula`, `site MNL`, `all queues`.
    public let scope: String
    /// The scope's totals per day.
    public let total: Series
    /// One series per queue drawn (their names are the queues listed in the title).
    public let panels: [Series]
    /// Queues in scope not drawn.
    public let leftOut: [LeftOut]
    /// The day the chart is read on; nil draws no "today" line.
    public let today: LocalDate?

    public init(season: String, scope: String, total: Series, panels: [Series], leftOut: [LeftOut] = [], today: LocalDate?) {
        self.season = season
        self.scope = scope
        self.total = total
        self.panels = panels
        self.leftOut = leftOut
        self.today = today
    }

    /// The chart's totals summed from its panels, day by day. An optional figure is summed over
    /// the panels that have it (a queue closed that day reports nothing and adds nothing) and
    /// stays nil when none has; the band's top is the sum of the queues' P90s, as a peak day's
    /// errors move together across queues.
    public init(season: String, scope: String, panels: [Series], leftOut: [LeftOut] = [], today: LocalDate?) {
        var byDay: [LocalDate: [Day]] = [:]
        for panel in panels { for day in panel.days { byDay[day.day, default: []].append(day) } }
        func sum(_ days: [Day], _ figure: (Day) -> Double?) -> Double? {
            let known = days.compactMap(figure)
            return known.isEmpty ? nil : known.reduce(0, +)
        }
        let days = byDay.keys.sorted().map { day in
            let parts = byDay[day]!
            return Day(day: day, requiredP50: sum(parts, \.requiredP50), requiredP90: sum(parts, \.requiredP90),
                       actualRequired: sum(parts, \.actualRequired), suppliedToday: sum(parts, \.suppliedToday),
                       plannedSupply: sum(parts, \.plannedSupply))
        }
        self.init(season: season, scope: scope, total: Series(name: scope, days: days), panels: panels, leftOut: leftOut, today: today)
    }
}
