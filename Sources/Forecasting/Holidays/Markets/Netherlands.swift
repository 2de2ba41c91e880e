extension MarketHolidays {
    /// The Netherlands: the general holidays of the Algemene termijnenwet. King's Day moves to
    /// 26 April when 27 April is a Sunday; no day in lieu otherwise.
    public static let netherlands = MarketHolidays(
        market: .netherlands,
        scope: "general holidays; Liberation Day is listed every year although most collective agreements give it off only every fifth year; Good Friday is not included",
        definitions: [
            .init("Nieuwjaarsdag", .fixed(month: 1, day: 1)),
            .init("Eerste Paasdag", .easter(offset: 0)),
            .init("Tweede Paasdag", .easter(offset: 1)),
            .init("Koningsdag", .fixedMovedOffSunday(month: 4, day: 27, shift: -1)),
            .init("Bevrijdingsdag", .fixed(month: 5, day: 5)),
            .init("Hemelvaartsdag", .easter(offset: 39)),
            .init("Eerste Pinksterdag", .easter(offset: 49)),
            .init("Tweede Pinksterdag", .easter(offset: 50)),
            .init("Eerste Kerstdag", .fixed(month: 12, day: 25)),
            .init("Tweede Kerstdag", .fixed(month: 12, day: 26)),
        ])
}
