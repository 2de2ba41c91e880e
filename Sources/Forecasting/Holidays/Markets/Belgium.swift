extension MarketHolidays {
    /// Belgium: the ten legal public holidays. A holiday on a Sunday gives each employee a
    /// replacement day chosen by the employer, not a common day, so none is computed.
    public static let belgium = MarketHolidays(
        market: .belgium,
        scope: "the ten legal holidays; employer-chosen replacement days and community days are not included",
        definitions: [
            .init("Nieuwjaar", .fixed(month: 1, day: 1)),
            .init("Paasmaandag", .easter(offset: 1)),
            .init("Dag van de Arbeid", .fixed(month: 5, day: 1)),
            .init("Onze-Lieve-Heer-Hemelvaart", .easter(offset: 39)),
            .init("Pinkstermaandag", .easter(offset: 50)),
            .init("Nationale feestdag", .fixed(month: 7, day: 21)),
            .init("Onze-Lieve-Vrouw-Hemelvaart", .fixed(month: 8, day: 15)),
            .init("Allerheiligen", .fixed(month: 11, day: 1)),
            .init("Wapenstilstand", .fixed(month: 11, day: 11)),
            .init("Kerstmis", .fixed(month: 12, day: 25)),
        ])
}
