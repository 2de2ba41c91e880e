extension MarketHolidays {
    /// Great Britain: the bank holidays of England and Wales, with the one-off days of 2022 and
    /// 2023. A holiday on a weekend is given on the next weekday that is not already a holiday.
    public static let greatBritain = MarketHolidays(
        market: .greatBritain,
        scope: "bank holidays of England and Wales; Scotland's and Northern Ireland's own days are not included",
        definitions: [
            .init("New Year's Day", .fixed(month: 1, day: 1), substitute: .weekendToNextFreeWeekday),
            .init("Good Friday", .easter(offset: -2)),
            .init("Easter Monday", .easter(offset: 1)),
            .init("Early May bank holiday", .nthWeekday(n: 1, weekday: 0, month: 5), moves: [2020: ["2020-05-08"]]),
            .init("Spring bank holiday", .lastWeekday(weekday: 0, month: 5), moves: [2022: ["2022-06-02"]]),
            .init("Platinum Jubilee bank holiday", .once("2022-06-03")),
            .init("State Funeral of Queen Elizabeth II", .once("2022-09-19")),
            .init("Coronation of King Charles III", .once("2023-05-08")),
            .init("Summer bank holiday", .lastWeekday(weekday: 0, month: 8)),
            .init("Christmas Day", .fixed(month: 12, day: 25), substitute: .weekendToNextFreeWeekday),
            .init("Boxing Day", .fixed(month: 12, day: 26), substitute: .weekendToNextFreeWeekday),
        ])
}
