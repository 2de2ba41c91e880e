extension MarketHolidays {
    /// Bulgaria: the official holidays of the Labour Code (art. 154), Easter by the Orthodox
    /// computus. A holiday on a weekend is given on the next working day not already a holiday
    /// (the Easter days, always Friday to Monday, have none).
    public static let bulgaria = MarketHolidays(
        market: "BG",
        scope: "official holidays; days declared non-working by the Council of Ministers each year are not included: record them as closures",
        definitions: [
            .init("New Year's Day", .fixed(month: 1, day: 1), substitute: .weekendToNextFreeWeekday),
            .init("Liberation Day", .fixed(month: 3, day: 3), substitute: .weekendToNextFreeWeekday),
            .init("Good Friday", .orthodoxEaster(offset: -2)),
            .init("Holy Saturday", .orthodoxEaster(offset: -1)),
            .init("Easter Sunday", .orthodoxEaster(offset: 0)),
            .init("Easter Monday", .orthodoxEaster(offset: 1)),
            .init("Labour Day", .fixed(month: 5, day: 1), substitute: .weekendToNextFreeWeekday),
            .init("St George's Day", .fixed(month: 5, day: 6), substitute: .weekendToNextFreeWeekday),
            .init("Day of the Slavonic Alphabet and Bulgarian Culture", .fixed(month: 5, day: 24),
                  substitute: .weekendToNextFreeWeekday),
            .init("Unification Day", .fixed(month: 9, day: 6), substitute: .weekendToNextFreeWeekday),
            .init("Independence Day", .fixed(month: 9, day: 22), substitute: .weekendToNextFreeWeekday),
            .init("Christmas Eve", .fixed(month: 12, day: 24), substitute: .weekendToNextFreeWeekday),
            .init("Christmas Day", .fixed(month: 12, day: 25), substitute: .weekendToNextFreeWeekday),
            .init("Second Day of Christmas", .fixed(month: 12, day: 26), substitute: .weekendToNextFreeWeekday),
        ])
}
