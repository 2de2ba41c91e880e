extension MarketHolidays {
    /// Mexico: the días de descanso obligatorio of the Ley Federal del Trabajo (art. 74), with
    /// the Monday holidays and the presidential inauguration every six years. No day in lieu.
    public static let mexico = MarketHolidays(
        market: .mexico,
        scope: "art. 74 LFT rest days; federal and local election days (also rest days) are not included: record them as closures",
        definitions: [
            .init("Año Nuevo", .fixed(month: 1, day: 1)),
            .init("Día de la Constitución", .nthWeekday(n: 1, weekday: 0, month: 2)),
            .init("Natalicio de Benito Juárez", .nthWeekday(n: 3, weekday: 0, month: 3)),
            .init("Día del Trabajo", .fixed(month: 5, day: 1)),
            .init("Día de la Independencia", .fixed(month: 9, day: 16)),
            .init("Transmisión del Poder Ejecutivo Federal", .once("2024-10-01")),
            .init("Transmisión del Poder Ejecutivo Federal", .once("2030-10-01")),
            .init("Día de la Revolución", .nthWeekday(n: 3, weekday: 0, month: 11)),
            .init("Navidad", .fixed(month: 12, day: 25)),
        ])
}
