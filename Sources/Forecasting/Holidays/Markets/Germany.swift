extension MarketHolidays {
    /// Germany: the nine nationwide holidays. No day in lieu.
    public static let germany = MarketHolidays(
        market: .germany,
        scope: "nationwide holidays; the states' own days (Epiphany, Corpus Christi, Reformation Day, ...) are not included",
        definitions: [
            .init("Neujahr", .fixed(month: 1, day: 1)),
            .init("Karfreitag", .easter(offset: -2)),
            .init("Ostermontag", .easter(offset: 1)),
            .init("Tag der Arbeit", .fixed(month: 5, day: 1)),
            .init("Christi Himmelfahrt", .easter(offset: 39)),
            .init("Pfingstmontag", .easter(offset: 50)),
            .init("Tag der Deutschen Einheit", .fixed(month: 10, day: 3)),
            .init("Erster Weihnachtstag", .fixed(month: 12, day: 25)),
            .init("Zweiter Weihnachtstag", .fixed(month: 12, day: 26)),
        ])
}
