extension MarketHolidays {
    /// The Philippines: the regular holidays and the special non-working days held every year
    /// (Republic Act 9492 and the yearly proclamation), and the extra special days already
    /// proclaimed for 2025-2027 (All Saints' Eve, All Souls' Day, Christmas Eve). No day in lieu:
    /// holidays are moved by proclamation instead, recorded here as moves (2023, 2024).
    public static let philippines = MarketHolidays(
        market: "PH",
        scope: "regular holidays and the yearly special non-working days; additional special days declared ad hoc (EDSA anniversary, extra days before 2025, election days) are not included: record them as closures",
        definitions: [
            .init("New Year's Day", .fixed(month: 1, day: 1)),
            .init("Chinese New Year", .table(.philippinesChineseNewYear)),
            .init("Maundy Thursday", .easter(offset: -3)),
            .init("Good Friday", .easter(offset: -2)),
            .init("Black Saturday", .easter(offset: -1)),
            .init("Araw ng Kagitingan", .fixed(month: 4, day: 9), moves: [2023: ["2023-04-10"]]),
            .init("Labour Day", .fixed(month: 5, day: 1)),
            .init("Independence Day", .fixed(month: 6, day: 12)),
            .init("Eid al-Fitr", .table(.philippinesEidAlFitr)),
            .init("Eid al-Adha", .table(.philippinesEidAlAdha)),
            .init("Ninoy Aquino Day", .fixed(month: 8, day: 21), moves: [2024: ["2024-08-23"]]),
            .init("National Heroes Day", .lastWeekday(weekday: 0, month: 8)),
            .init("All Saints' Eve", .once("2025-10-31")),
            .init("All Saints' Day", .fixed(month: 11, day: 1)),
            .init("All Souls' Day", .once("2026-11-02")),
            .init("All Souls' Day", .once("2027-11-02")),
            .init("Bonifacio Day", .fixed(month: 11, day: 30), moves: [2023: ["2023-11-27"]]),
            .init("Feast of the Immaculate Conception", .fixed(month: 12, day: 8)),
            .init("Christmas Eve", .once("2025-12-24")),
            .init("Christmas Eve", .once("2026-12-24")),
            .init("Christmas Eve", .once("2027-12-24")),
            .init("Christmas Day", .fixed(month: 12, day: 25)),
            .init("Rizal Day", .fixed(month: 12, day: 30)),
            .init("Last Day of the Year", .fixed(month: 12, day: 31), moves: [2021: [], 2022: []]),
        ])
}
