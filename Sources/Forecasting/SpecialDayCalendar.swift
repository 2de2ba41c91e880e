/// Which peak events apply in which market, when they fall, and how many days around them
/// count as "special" (not a normal day of the weekly pattern).
///
/// Exists as an input to the forecaster rather than a constant inside it: Prime Day dates
/// are announced each year, clients add markets, and a planner may widen a window. The
/// ``standard`` calendar carries the rules and the known Prime Days.
public struct SpecialDayCalendar: Sendable, Hashable {
    /// Prime Day per year (same dates in every market that has it).
    public var primeDays: [Int: ClosedRange<LocalDate>]
    /// The events that move volume in each listed market.
    public var eventsByMarket: [Market: Set<PeakEvent>]
    /// The events for markets not listed in ``eventsByMarket``.
    public var eventsElsewhere: Set<PeakEvent>
    /// Days before an event's first day that are aligned to it (and kept out of the normal pattern).
    public var daysBefore: Int
    /// Days after an event's last day that are aligned to it.
    public var daysAfter: Int

    public init(primeDays: [Int: ClosedRange<LocalDate>], eventsByMarket: [Market: Set<PeakEvent>],
                eventsElsewhere: Set<PeakEvent>, daysBefore: Int = 7, daysAfter: Int = 10) {
        self.primeDays = primeDays
        self.eventsByMarket = eventsByMarket
        self.eventsElsewhere = eventsElsewhere
        self.daysBefore = max(0, daysBefore)
        self.daysAfter = max(0, daysAfter)
    }

    /// The calendar Callboard ships with.
    ///
    /// Prime Day: 2024-07-16...17 and 2025-07-08...11 as held; 2026-07-14...15 is an
    /// ASSUMPTION (not announced when this was written); replace it once Amazon announces.
    /// Years without an entry have no Prime Day. Markets: US, MX, BR, DE, FR, BE, IT, ES, NL
    /// have Black Friday, Cyber Monday, the Christmas run-up, Christmas and Prime Day, MX also
    /// El Buen Fin; GB, CA
    /// and AU add Boxing Day; CN has Singles' Day only; SG, MY, PH, ID, TH, VN and KR add
    /// Singles' Day to the western events; anywhere else gets the western events without Prime Day.
    public static let standard: SpecialDayCalendar = {
        let western: Set<PeakEvent> = [.blackFriday, .cyberMonday, .christmasRunUp, .christmas]
        let withPrime = western.union([.primeDay])
        var byMarket: [Market: Set<PeakEvent>] = [:]
        for code in ["US", "MX", "BR", "DE", "FR", "BE", "IT", "ES", "NL"] { byMarket[Market(code)] = withPrime }
        byMarket["MX"] = withPrime.union([.elBuenFin])
        for code in ["GB", "CA", "AU"] { byMarket[Market(code)] = withPrime.union([.boxingDay]) }
        for code in ["SG", "MY", "PH", "ID", "TH", "VN", "KR"] { byMarket[Market(code)] = western.union([.singlesDay]) }
        byMarket["CN"] = [.singlesDay]
        return SpecialDayCalendar(
            primeDays: [2024: "2024-07-16"..."2024-07-17", 2025: "2025-07-08"..."2025-07-11",
                        2026: "2026-07-14"..."2026-07-15"],
            eventsByMarket: byMarket, eventsElsewhere: western)
    }()

    /// The events that apply in `market`.
    public func events(for market: Market) -> Set<PeakEvent> { eventsByMarket[market] ?? eventsElsewhere }

    /// The occurrences of the market's events in `year`, by first day.
    public func dates(in year: Int, market: Market) -> [PeakOccurrence] {
        events(for: market).sorted().compactMap { event in
            guard let days = event == .primeDay ? primeDays[year] : event.ruleDays(in: year) else { return nil }
            return PeakOccurrence(event: event, days: days)
        }
        .sorted { ($0.days.lowerBound, $0.event) < ($1.days.lowerBound, $1.event) }
    }

    /// Every special day from `first` through `last` in `market`, with its position relative
    /// to the nearest occurrence whose window reaches it (ties: the event declared first).
    public func peakDays(from first: LocalDate, through last: LocalDate, market: Market) -> [LocalDate: PeakDay] {
        var result: [LocalDate: PeakDay] = [:]
        for (offset, candidates) in peakDayTable(from: first, through: last, market: market).enumerated() {
            if let nearest = candidates.first { result[first.adding(days: offset)] = nearest }
        }
        return result
    }

    /// One entry per day from `first` through `last`: the day's positions relative to every
    /// occurrence whose window reaches it, nearest first (ties: the event declared first).
    /// Empty on normal days.
    func peakDayTable(from first: LocalDate, through last: LocalDate, market: Market) -> [[PeakDay]] {
        guard first <= last else { return [] }
        var table = [[PeakDay]](repeating: [], count: first.distance(to: last) + 1)
        for year in (first.year - 1)...(last.year + 1) {
            for occurrence in dates(in: year, market: market) {
                let from = max(first, occurrence.days.lowerBound.adding(days: -daysBefore))
                let through = min(last, occurrence.days.upperBound.adding(days: daysAfter))
                guard from <= through else { continue }
                for day in from...through {
                    table[first.distance(to: day)].append(PeakDay(event: occurrence.event,
                                                                  position: occurrence.position(of: day)))
                }
            }
        }
        return table.map { $0.count > 1 ? $0.sorted(by: Self.isCloser) : $0 }
    }

    private static func isCloser(_ a: PeakDay, than b: PeakDay) -> Bool {
        (a.position.distance, a.event.precedence) < (b.position.distance, b.event.precedence)
    }
}
