extension MarketHolidays {
    /// France: the eleven jours fériés of the Code du travail (L3133-1). No day in lieu.
    public static let france = MarketHolidays(
        market: .france,
        scope: "national jours fériés; Whit Monday is listed although many employers work it as the journée de solidarité; Alsace-Moselle's Good Friday and 26 December are not included",
        definitions: [
            .init("Jour de l'an", .fixed(month: 1, day: 1)),
            .init("Lundi de Pâques", .easter(offset: 1)),
            .init("Fête du Travail", .fixed(month: 5, day: 1)),
            .init("Victoire 1945", .fixed(month: 5, day: 8)),
            .init("Ascension", .easter(offset: 39)),
            .init("Lundi de Pentecôte", .easter(offset: 50)),
            .init("Fête nationale", .fixed(month: 7, day: 14)),
            .init("Assomption", .fixed(month: 8, day: 15)),
            .init("Toussaint", .fixed(month: 11, day: 1)),
            .init("Armistice 1918", .fixed(month: 11, day: 11)),
            .init("Noël", .fixed(month: 12, day: 25)),
        ])
}
