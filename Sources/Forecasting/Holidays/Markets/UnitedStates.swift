extension MarketHolidays {
    /// United States: the eleven federal holidays (5 U.S.C. 6103), Juneteenth from 2021.
    /// A Saturday holiday is observed on the Friday before, a Sunday one on the Monday after.
    public static let unitedStates = MarketHolidays(
        market: .unitedStates,
        scope: "federal holidays; state holidays and the day after Thanksgiving are not included",
        definitions: [
            .init("New Year's Day", .fixed(month: 1, day: 1), substitute: .nearestWeekday),
            .init("Martin Luther King Jr. Day", .nthWeekday(n: 3, weekday: 0, month: 1)),
            .init("Washington's Birthday", .nthWeekday(n: 3, weekday: 0, month: 2)),
            .init("Memorial Day", .lastWeekday(weekday: 0, month: 5)),
            .init("Juneteenth National Independence Day", .fixed(month: 6, day: 19), years: 2021...9999,
                  substitute: .nearestWeekday),
            .init("Independence Day", .fixed(month: 7, day: 4), substitute: .nearestWeekday),
            .init("Labor Day", .nthWeekday(n: 1, weekday: 0, month: 9)),
            .init("Columbus Day", .nthWeekday(n: 2, weekday: 0, month: 10)),
            .init("Veterans Day", .fixed(month: 11, day: 11), substitute: .nearestWeekday),
            .init("Thanksgiving Day", .nthWeekday(n: 4, weekday: 3, month: 11)),
            .init("Christmas Day", .fixed(month: 12, day: 25), substitute: .nearestWeekday),
        ])
}
