extension MarketHolidays {
    /// Singapore: the eleven gazetted public holidays (Holidays Act). A Sunday holiday is given
    /// on the next day that is not a holiday.
    public static let singapore = MarketHolidays(
        market: "SG",
        scope: "gazetted public holidays; polling days and other declared days are not included: record them as closures",
        definitions: [
            .init("New Year's Day", .fixed(month: 1, day: 1), substitute: .sundayToNextFreeWeekday),
            .init("Chinese New Year", .table(.singaporeChineseNewYear), substitute: .sundayToNextFreeWeekday),
            .init("Good Friday", .easter(offset: -2)),
            .init("Hari Raya Puasa", .table(.singaporeHariRayaPuasa), substitute: .sundayToNextFreeWeekday),
            .init("Labour Day", .fixed(month: 5, day: 1), substitute: .sundayToNextFreeWeekday),
            .init("Vesak Day", .table(.singaporeVesak), substitute: .sundayToNextFreeWeekday),
            .init("Hari Raya Haji", .table(.singaporeHariRayaHaji), substitute: .sundayToNextFreeWeekday),
            .init("National Day", .fixed(month: 8, day: 9), substitute: .sundayToNextFreeWeekday),
            .init("Deepavali", .table(.singaporeDeepavali), substitute: .sundayToNextFreeWeekday),
            .init("Christmas Day", .fixed(month: 12, day: 25), substitute: .sundayToNextFreeWeekday),
        ])
}
