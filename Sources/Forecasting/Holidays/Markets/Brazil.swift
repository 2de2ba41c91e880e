extension MarketHolidays {
    /// Brazil: the national feriados, Black Awareness Day from 2024 (Lei 14.759/2023), and
    /// the Carnival Monday and Tuesday and Corpus Christi, which are federal pontos facultativos
    /// on which most businesses close. No day in lieu.
    public static let brazil = MarketHolidays(
        market: .brazil,
        scope: "national holidays plus Carnival (Easter-48, -47) and Corpus Christi; state and municipal holidays are not included",
        definitions: [
            .init("Confraternização Universal", .fixed(month: 1, day: 1)),
            .init("Carnaval (segunda-feira)", .easter(offset: -48)),
            .init("Carnaval (terça-feira)", .easter(offset: -47)),
            .init("Sexta-feira Santa", .easter(offset: -2)),
            .init("Tiradentes", .fixed(month: 4, day: 21)),
            .init("Dia do Trabalho", .fixed(month: 5, day: 1)),
            .init("Corpus Christi", .easter(offset: 60)),
            .init("Independência do Brasil", .fixed(month: 9, day: 7)),
            .init("Nossa Senhora Aparecida", .fixed(month: 10, day: 12)),
            .init("Finados", .fixed(month: 11, day: 2)),
            .init("Proclamação da República", .fixed(month: 11, day: 15)),
            .init("Dia Nacional de Zumbi e da Consciência Negra", .fixed(month: 11, day: 20), years: 2024...9999),
            .init("Natal", .fixed(month: 12, day: 25)),
        ])
}
