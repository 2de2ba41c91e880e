import CivilCalendar

/// The shopping calendar of the markets the demo clients sell into: when volume rises and
/// falls around events, per market and account. Black Friday and Cyber Monday hit every
/// Western market and Brazil; Boxing Day is British; Prime Day hits the Amazon seller; 11.11
/// and 12.12 hit Malaysia and Singapore; El Buen Fin and Hot Sale hit Mexico.
enum PeakCalendar {
    private static let western: [String: Double] = [
        "US": 1, "GB": 0.85, "DE": 0.8, "FR": 0.75, "BE": 0.7, "BR": 1.15, "MX": 0.35, "KR": 0.7,
        "MY": 0.25, "SG": 0.3,
    ]
    private static let everywhere: [String: Double] = [
        "US": 1, "GB": 1, "DE": 1, "FR": 1, "BE": 1, "BR": 1, "MX": 1, "KR": 1, "MY": 1, "SG": 1,
    ]

    static let events: [PeakEvent] = [
        PeakEvent(name: "Black Friday", timing: .weekdayOf(ordinal: 4, weekday: 3, month: 11, plusDays: 1),
                  firstOffset: -7, uplifts: [0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 1.6, 1.1, 0.8],
                  markets: western),
        PeakEvent(name: "Cyber Monday", timing: .weekdayOf(ordinal: 4, weekday: 3, month: 11, plusDays: 4),
                  firstOffset: 0, uplifts: [1.4, 0.8, 0.6, 0.5, 0.4, 0.35, 0.3, 0.3, 0.25, 0.2, 0.15],
                  markets: western),
        PeakEvent(name: "Thanksgiving", timing: .weekdayOf(ordinal: 4, weekday: 3, month: 11, plusDays: 0),
                  firstOffset: 0, uplifts: [-0.45], markets: ["US": 1], shoppingEvent: false),
        PeakEvent(name: "Christmas", timing: .fixed(month: 12, day: 25), firstOffset: -24,
                  uplifts: [0.15, 0.16, 0.17, 0.18, 0.2, 0.22, 0.24, 0.26, 0.28, 0.3, 0.32, 0.34, 0.36, 0.38,
                            0.4, 0.42, 0.44, 0.45, 0.45, 0.42, 0.38, 0.35, 0.15, -0.3, -0.65, 0.2, 0.45, 0.4,
                            0.35, 0.3, 0.25, 0.2, 0.2, 0.15, 0.15, 0.1, 0.1],
                  markets: everywhere.merging(["KR": 0.3, "MY": 0.3, "SG": 0.5, "BR": 0.8, "MX": 0.8]) { $1 },
                  accounts: ["tabula": 1.3, "pawsome": 1, "verlaine": 1.2, "voltaico": 1, "verdant": 0.6,
                             "selara": 0.5]),
        PeakEvent(name: "Boxing Day", timing: .fixed(month: 12, day: 26), firstOffset: 0,
                  uplifts: [0.9, 0.4, 0.2], markets: ["GB": 1]),
        PeakEvent(name: "New Year's Day", timing: .fixed(month: 1, day: 1), firstOffset: 0,
                  uplifts: [-0.4], markets: everywhere, shoppingEvent: false),
        PeakEvent(name: "Prime Day",
                  timing: .listed([2023: LocalDate(2023, 7, 11), 2024: LocalDate(2024, 7, 16),
                                   2025: LocalDate(2025, 7, 8), 2026: LocalDate(2026, 7, 14),
                                   2027: LocalDate(2027, 7, 13)]),
                  firstOffset: -3, uplifts: [0.05, 0.1, 0.2, 1.2, 1.0, 0.5, 0.3, 0.15],
                  markets: ["US": 1, "GB": 0.8, "DE": 0.8, "FR": 0.7, "MX": 0.8, "BR": 0.3],
                  accounts: ["pawsome": 1, "tabula": 0.25, "verlaine": 0.2, "voltaico": 0.2, "verdant": 0.3]),
        PeakEvent(name: "Singles' Day 11.11", timing: .fixed(month: 11, day: 11), firstOffset: -1,
                  uplifts: [0.2, 1.5, 1.0, 0.6, 0.4, 0.3, 0.2], markets: ["MY": 1, "SG": 0.9, "KR": 0.35]),
        PeakEvent(name: "12.12", timing: .fixed(month: 12, day: 12), firstOffset: 0,
                  uplifts: [0.8, 0.4, 0.2], markets: ["MY": 1, "SG": 0.8]),
        PeakEvent(name: "El Buen Fin", timing: .weekdayOf(ordinal: 3, weekday: 0, month: 11, plusDays: -3),
                  firstOffset: -1, uplifts: [0.15, 1.1, 1.0, 0.8, 1.0, 0.4, 0.3, 0.2, 0.1], markets: ["MX": 1]),
        PeakEvent(name: "Hot Sale", timing: .weekdayOf(ordinal: -1, weekday: 0, month: 5, plusDays: 0),
                  firstOffset: 0, uplifts: [0.5, 0.5, 0.45, 0.4, 0.4, 0.35, 0.3, 0.3, 0.35], markets: ["MX": 1]),
        PeakEvent(name: "Tabula launch", timing: .weekdayOf(ordinal: 2, weekday: 1, month: 9, plusDays: 0),
                  firstOffset: 0, uplifts: [0.7, 0.6, 0.5, 0.4, 0.35, 0.3, 0.3, 0.25, 0.2, 0.2, 0.15, 0.15, 0.1],
                  markets: everywhere, accounts: ["tabula": 1]),
        PeakEvent(name: "Chuseok",
                  timing: .listed([2024: LocalDate(2024, 9, 17), 2025: LocalDate(2025, 10, 6),
                                   2026: LocalDate(2026, 9, 25), 2027: LocalDate(2027, 9, 15)]),
                  firstOffset: -1, uplifts: [-0.25, -0.4, -0.25], markets: ["KR": 1], shoppingEvent: false),
        PeakEvent(name: "Seollal",
                  timing: .listed([2025: LocalDate(2025, 1, 29), 2026: LocalDate(2026, 2, 17),
                                   2027: LocalDate(2027, 2, 7)]),
                  firstOffset: -1, uplifts: [-0.25, -0.4, -0.25], markets: ["KR": 1], shoppingEvent: false),
        PeakEvent(name: "Carnaval",
                  timing: .listed([2025: LocalDate(2025, 3, 3), 2026: LocalDate(2026, 2, 16),
                                   2027: LocalDate(2027, 2, 8)]),
                  firstOffset: 0, uplifts: [-0.3, -0.3], markets: ["BR": 1], shoppingEvent: false),
        PeakEvent(name: "Hari Raya Aidilfitri",
                  timing: .listed([2025: LocalDate(2025, 3, 31), 2026: LocalDate(2026, 3, 21),
                                   2027: LocalDate(2027, 3, 10)]),
                  firstOffset: 0, uplifts: [-0.35, -0.3], markets: ["MY": 1, "SG": 0.5], shoppingEvent: false),
    ]

    /// Volume multipliers for `queue` on `count` consecutive market-local days from `first`:
    /// 1 on an ordinary day, 2.6 on Black Friday in the US, never below 0.15.
    static func multipliers(for queue: QueueProfile, from first: LocalDate, count: Int) -> [Double] {
        var extra = Array(repeating: 0.0, count: count)
        for event in events {
            let reach = event.reach(for: queue)
            guard reach > 0 else { continue }
            for year in (first.year - 1)...(first.adding(days: count).year + 1) {
                guard let day = event.date(in: year) else { continue }
                for (step, uplift) in event.uplifts.enumerated() {
                    let index = day.daysSinceEpoch + event.firstOffset + step - first.daysSinceEpoch
                    if extra.indices.contains(index) { extra[index] += reach * uplift }
                }
            }
        }
        return extra.map { max(0.15, 1 + $0) }
    }
}
