extension MarketHolidays {
    /// South Korea: the public holidays of the Regulations on Holidays of Public Agencies.
    /// Substitute holidays: Seollal and Chuseok (from 2014) when a day is a Sunday or clashes
    /// with another holiday, given after the three days; Children's Day (from 2014) on a
    /// weekend or a clash; Independence Movement Day, Liberation Day, National Foundation Day
    /// and Hangul Day (from 2021), Buddha's Birthday and Christmas (from 2023), Labour Day and
    /// Constitution Day (holidays again from 2026) on a weekend (or, for Buddha's Birthday, a clash).
    public static let korea = MarketHolidays(
        market: "KR",
        scope: "public holidays; election days and one-off temporary holidays are not included: record them as closures",
        definitions: [
            .init("New Year's Day", .fixed(month: 1, day: 1)),
            .init("Independence Movement Day", .fixed(month: 3, day: 1),
                  substitute: .koreanWeekendOrOverlap, substituteFrom: 2021),
            .init("Labour Day", .fixed(month: 5, day: 1), years: 2026...9999, substitute: .koreanWeekendOrOverlap),
            .init("Children's Day", .fixed(month: 5, day: 5), substitute: .koreanWeekendOrOverlap, substituteFrom: 2014),
            .init("Memorial Day", .fixed(month: 6, day: 6)),
            .init("Constitution Day", .fixed(month: 7, day: 17), years: 2026...9999,
                  substitute: .koreanWeekendOrOverlap),
            .init("Liberation Day", .fixed(month: 8, day: 15), substitute: .koreanWeekendOrOverlap, substituteFrom: 2021),
            .init("National Foundation Day", .fixed(month: 10, day: 3),
                  substitute: .koreanWeekendOrOverlap, substituteFrom: 2021),
            .init("Hangul Day", .fixed(month: 10, day: 9), substitute: .koreanWeekendOrOverlap, substituteFrom: 2021),
            .init("Christmas Day", .fixed(month: 12, day: 25), substitute: .koreanWeekendOrOverlap, substituteFrom: 2023),
            .init("Buddha's Birthday", .table(.koreaBuddhasBirthday),
                  substitute: .koreanWeekendOrOverlap, substituteFrom: 2023),
            .init("Seollal (eve)", .table(.koreaSeollalEve), substitute: .koreanSundayOrOverlap, substituteFrom: 2014),
            .init("Seollal", .table(.koreaSeollal), substitute: .koreanSundayOrOverlap, substituteFrom: 2014),
            .init("Seollal (second day)", .table(.koreaSeollalSecondDay),
                  substitute: .koreanSundayOrOverlap, substituteFrom: 2014),
            .init("Chuseok (eve)", .table(.koreaChuseokEve), substitute: .koreanSundayOrOverlap, substituteFrom: 2014),
            .init("Chuseok", .table(.koreaChuseok), substitute: .koreanSundayOrOverlap, substituteFrom: 2014),
            .init("Chuseok (second day)", .table(.koreaChuseokSecondDay),
                  substitute: .koreanSundayOrOverlap, substituteFrom: 2014),
        ])
}
