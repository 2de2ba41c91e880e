extension MarketHolidays {
    /// Bolivia: the national holidays, with Carnival (Easter-48, -47) and Corpus Christi. A
    /// Sunday holiday among those the law moves (New Year, 22 January, 1 May, 21 June, 6 August,
    /// Christmas) is given on the Monday.
    public static let bolivia = MarketHolidays(
        market: "BO",
        scope: "national holidays; departmental days (Santa Cruz, 24 September) are not included",
        definitions: [
            .init("Año Nuevo", .fixed(month: 1, day: 1), substitute: .sundayToNextFreeWeekday),
            .init("Día del Estado Plurinacional", .fixed(month: 1, day: 22), substitute: .sundayToNextFreeWeekday),
            .init("Carnaval (lunes)", .easter(offset: -48)),
            .init("Carnaval (martes)", .easter(offset: -47)),
            .init("Viernes Santo", .easter(offset: -2)),
            .init("Día del Trabajo", .fixed(month: 5, day: 1), substitute: .sundayToNextFreeWeekday),
            .init("Corpus Christi", .easter(offset: 60)),
            .init("Año Nuevo Andino Amazónico", .fixed(month: 6, day: 21), substitute: .sundayToNextFreeWeekday),
            .init("Día de la Independencia", .fixed(month: 8, day: 6), substitute: .sundayToNextFreeWeekday),
            .init("Todos Santos", .fixed(month: 11, day: 2)),
            .init("Navidad", .fixed(month: 12, day: 25), substitute: .sundayToNextFreeWeekday),
        ])
}
