extension MarketHolidays {
    /// Malaysia: the public holidays of the Federal Territory of Kuala Lumpur (where Callboard's
    /// Malaysian site is). A Sunday holiday is given on the next day that is not a holiday;
    /// holidays falling together on a Sunday share that day.
    public static let malaysia = MarketHolidays(
        market: "MY",
        scope: "Federal Territory of Kuala Lumpur; other states' days and ad-hoc declared days (additional Hari Raya days, election days) are not included: record them as closures",
        definitions: [
            .init("New Year's Day", .fixed(month: 1, day: 1), substitute: .sundayToNextFreeWeekday),
            .init("Thaipusam", .table(.malaysiaThaipusam), substitute: .sundayToNextFreeWeekday),
            .init("Federal Territory Day", .fixed(month: 2, day: 1), substitute: .sundayToNextFreeWeekday),
            .init("Chinese New Year", .table(.malaysiaChineseNewYear), substitute: .sundayToNextFreeWeekday),
            .init("Chinese New Year (second day)", .table(.malaysiaChineseNewYearSecondDay),
                  substitute: .sundayToNextFreeWeekday),
            .init("Nuzul Al-Quran", .table(.malaysiaNuzulAlQuran), substitute: .sundayToNextFreeWeekday),
            .init("Hari Raya Aidilfitri", .table(.malaysiaHariRayaAidilfitri), substitute: .sundayToNextFreeWeekday),
            .init("Hari Raya Aidilfitri (second day)", .table(.malaysiaHariRayaAidilfitriSecondDay),
                  substitute: .sundayToNextFreeWeekday),
            .init("Labour Day", .fixed(month: 5, day: 1), substitute: .sundayToNextFreeWeekday),
            .init("Wesak Day", .table(.malaysiaWesak), substitute: .sundayToNextFreeWeekday),
            .init("Birthday of the Yang di-Pertuan Agong", .nthWeekday(n: 1, weekday: 0, month: 6),
                  moves: [2020: ["2020-06-08"]]),
            .init("Hari Raya Haji", .table(.malaysiaHariRayaHaji), substitute: .sundayToNextFreeWeekday),
            .init("Awal Muharram", .table(.malaysiaAwalMuharram), substitute: .sundayToNextFreeWeekday),
            .init("National Day", .fixed(month: 8, day: 31), substitute: .sundayToNextFreeWeekday),
            .init("Malaysia Day", .fixed(month: 9, day: 16), substitute: .sundayToNextFreeWeekday),
            .init("Maulidur Rasul", .table(.malaysiaMaulidurRasul), substitute: .sundayToNextFreeWeekday),
            .init("Deepavali", .table(.malaysiaDeepavali), substitute: .sundayToNextFreeWeekday),
            .init("Christmas Day", .fixed(month: 12, day: 25), substitute: .sundayToNextFreeWeekday),
        ])
}
