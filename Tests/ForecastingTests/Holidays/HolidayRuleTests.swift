import Testing
import Forecasting

@Suite("Public holidays: rules")
struct HolidayRuleTests {
    let calendar = PublicHolidayCalendar.standard

    func holidays(_ market: Market, _ year: Int) throws -> [PublicHoliday] {
        try calendar.holidays(in: year, market: market)
    }

    func dates(_ market: Market, _ year: Int, named name: String, observed: Bool = false) throws -> [String] {
        try holidays(market, year).filter { $0.name == name && $0.isObservedSubstitute == observed }
            .map(\.date.description)
    }

    @Test("Western Easter, anchor of Good Friday and Easter Monday", arguments: [
        (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"),
        (2027, "2027-03-28"), (2035, "2035-03-25"),
    ])
    func westernEaster(year: Int, easter: String) throws {
        #expect(try dates("NL", year, named: "Eerste Paasdag") == [easter])
        let sunday = LocalDate(parsing: easter)!
        #expect(try dates(.germany, year, named: "Karfreitag") == [sunday.adding(days: -2).description])
        #expect(try dates(.germany, year, named: "Ostermontag") == [sunday.adding(days: 1).description])
    }

    @Test("Orthodox Easter (Bulgaria)", arguments: [
        (2023, "2023-04-16"), (2024, "2024-05-05"), (2025, "2025-04-20"), (2026, "2026-04-12"), (2027, "2027-05-02"),
    ])
    func orthodoxEaster(year: Int, easter: String) throws {
        #expect(try dates("BG", year, named: "Easter Sunday") == [easter])
    }

    @Test("US Thanksgiving is the fourth Thursday of November", arguments: [
        (2024, "2024-11-28"), (2025, "2025-11-27"), (2026, "2026-11-26"),
    ])
    func thanksgiving(year: Int, day: String) throws {
        #expect(try dates(.unitedStates, year, named: "Thanksgiving Day") == [day])
    }

    @Test("US: a Saturday holiday is observed on Friday, a Sunday one on Monday, even across New Year")
    func usObservedDays() throws {
        #expect(try dates(.unitedStates, 2026, named: "Independence Day") == ["2026-07-04"])
        #expect(try dates(.unitedStates, 2026, named: "Independence Day", observed: true) == ["2026-07-03"])
        #expect(try dates(.unitedStates, 2023, named: "New Year's Day", observed: true) == ["2023-01-02"])
        // 2022-01-01 is a Saturday: observed on Friday 2021-12-31, listed with the 2022 holidays.
        #expect(try dates(.unitedStates, 2022, named: "New Year's Day", observed: true) == ["2021-12-31"])
        let friday = try calendar.holidays(on: "2021-12-31", market: .unitedStates)
        #expect(friday == [PublicHoliday(date: "2021-12-31", name: "New Year's Day", substituteFor: "2022-01-01")])
        #expect(try dates(.unitedStates, 2020, named: "Juneteenth National Independence Day").isEmpty)
        #expect(try dates(.unitedStates, 2021, named: "Juneteenth National Independence Day", observed: true)
                == ["2021-06-18"])
    }

    @Test("GB: Christmas and Boxing Day on a weekend give the next two free weekdays")
    func gbSubstitutes() throws {
        #expect(try dates(.greatBritain, 2027, named: "Christmas Day", observed: true) == ["2027-12-27"])
        #expect(try dates(.greatBritain, 2027, named: "Boxing Day", observed: true) == ["2027-12-28"])
        // 2026: Boxing Day is a Saturday, Christmas a Friday: Boxing Day moves to Monday 28.
        #expect(try dates(.greatBritain, 2026, named: "Boxing Day", observed: true) == ["2026-12-28"])
        #expect(try dates(.greatBritain, 2022, named: "New Year's Day", observed: true) == ["2022-01-03"])
        #expect(try holidays(.greatBritain, 2022).map(\.date.description).contains("2022-09-19"))
        #expect(try dates(.greatBritain, 2020, named: "Early May bank holiday") == ["2020-05-08"])
        #expect(try dates(.greatBritain, 2022, named: "Spring bank holiday") == ["2022-06-02"])
        #expect(try dates(.greatBritain, 2026, named: "Spring bank holiday") == ["2026-05-25"])
        #expect(try holidays(.greatBritain, 2026).count == 9)
    }

    @Test("Easter-relative holidays: Whit Monday, Ascension, Carnival, Corpus Christi")
    func easterRelative() throws {
        #expect(try dates(.germany, 2026, named: "Pfingstmontag") == ["2026-05-25"])
        #expect(try dates(.germany, 2026, named: "Christi Himmelfahrt") == ["2026-05-14"])
        #expect(try dates(.france, 2026, named: "Lundi de Pentecôte") == ["2026-05-25"])
        #expect(try dates(.brazil, 2026, named: "Carnaval (segunda-feira)") == ["2026-02-16"])
        #expect(try dates(.brazil, 2026, named: "Carnaval (terça-feira)") == ["2026-02-17"])
        #expect(try dates(.brazil, 2025, named: "Carnaval (terça-feira)") == ["2025-03-04"])
        #expect(try dates(.brazil, 2026, named: "Corpus Christi") == ["2026-06-04"])
        #expect(try dates("BO", 2026, named: "Carnaval (lunes)") == ["2026-02-16"])
        #expect(try dates("PH", 2026, named: "Maundy Thursday") == ["2026-04-02"])
    }

    @Test("Introduced holidays start in their year: Brazil's Black Awareness Day from 2024")
    func introducedHolidays() throws {
        #expect(try dates(.brazil, 2023, named: "Dia Nacional de Zumbi e da Consciência Negra").isEmpty)
        #expect(try dates(.brazil, 2024, named: "Dia Nacional de Zumbi e da Consciência Negra") == ["2024-11-20"])
    }

    @Test("Mexico's Monday holidays and the six-yearly inauguration day")
    func mexico() throws {
        let days = try holidays(.mexico, 2026).map(\.date.description)
        #expect(days == ["2026-01-01", "2026-02-02", "2026-03-16", "2026-05-01", "2026-09-16", "2026-11-16",
                         "2026-12-25"])
        #expect(try holidays(.mexico, 2024).map(\.date.description).contains("2024-10-01"))
    }

    @Test("Dutch King's Day moves to Saturday when 27 April is a Sunday")
    func kingsDay() throws {
        #expect(try dates(.netherlands, 2025, named: "Koningsdag") == ["2025-04-26"])
        #expect(try dates(.netherlands, 2026, named: "Koningsdag") == ["2026-04-27"])
    }

    @Test("Korea 2026: Chuseok Thursday to Saturday needs no substitute; the weekend national days get Mondays")
    func korea2026() throws {
        let chuseok = try holidays("KR", 2026).filter { $0.name.hasPrefix("Chuseok") }
        #expect(chuseok.map(\.date.description) == ["2026-09-24", "2026-09-25", "2026-09-26"])
        #expect(!chuseok.contains { $0.isObservedSubstitute })
        let substitutes = try holidays("KR", 2026).filter(\.isObservedSubstitute).map(\.date.description)
        #expect(substitutes == ["2026-03-02", "2026-05-25", "2026-08-17", "2026-10-05"])
    }

    @Test("Korea: a Sunday in Chuseok or Seollal, or two holidays on one day, gives the next free weekday")
    func koreaSubstitutes() throws {
        // Chuseok 2025 is Sunday 5 to Tuesday 7 October: substitute Wednesday 8.
        #expect(try dates("KR", 2025, named: "Chuseok (eve)", observed: true) == ["2025-10-08"])
        // Children's Day and Buddha's Birthday both on Monday 5 May 2025: substitute Tuesday 6.
        #expect(try holidays("KR", 2025).filter(\.isObservedSubstitute).map(\.date.description)
                == ["2025-03-03", "2025-05-06", "2025-10-08"])
        // Chuseok 2028 (2 to 4 October) takes in National Foundation Day: substitute Thursday 5.
        #expect(try holidays("KR", 2028).filter(\.isObservedSubstitute).map(\.date.description) == ["2028-10-05"])
        // Seollal 2023 is Saturday 21 to Monday 23 January: substitute Tuesday 24.
        #expect(try dates("KR", 2023, named: "Seollal", observed: true) == ["2023-01-24"])
        // Before 2021 Liberation Day on a Saturday had no substitute.
        #expect(try dates("KR", 2020, named: "Liberation Day", observed: true).isEmpty)
    }

    @Test("Malaysia and Singapore: a Sunday holiday moves to Monday, or on past a Monday holiday")
    func sundayToMonday() throws {
        // Thaipusam and Federal Territory Day both on Sunday 1 February 2026 share Monday 2.
        let monday = try calendar.holidays(on: "2026-02-02", market: "MY")
        #expect(Set(monday.map(\.name)) == ["Thaipusam", "Federal Territory Day"])
        #expect(monday.allSatisfy { $0.substituteFor == "2026-02-01" })
        // Hari Raya Aidilfitri 2020: Sunday 24 and Monday 25 May, so the substitute is Tuesday 26.
        #expect(try dates("MY", 2020, named: "Hari Raya Aidilfitri", observed: true) == ["2020-05-26"])
        #expect(try dates("SG", 2026, named: "Deepavali") == ["2026-11-08"])
        #expect(try dates("SG", 2026, named: "Deepavali", observed: true) == ["2026-11-09"])
        #expect(try dates("SG", 2026, named: "Good Friday") == ["2026-04-03"])
    }

    @Test("Bulgaria: Christmas over a weekend gives the next free working days")
    func bulgaria() throws {
        // 2022: Christmas Eve Saturday, Christmas Day Sunday, Second Day Monday.
        let substitutes = try holidays("BG", 2022).filter(\.isObservedSubstitute).map(\.date.description)
        #expect(substitutes.suffix(2) == ["2022-12-27", "2022-12-28"])
        // 2021: Labour Day on Holy Saturday; Easter Sunday and Monday follow, so Tuesday 4 May.
        #expect(try dates("BG", 2021, named: "Labour Day", observed: true) == ["2021-05-04"])
    }

    @Test("Bolivia and the Philippines: holidays at the demo's sites")
    func siteCountries() throws {
        #expect(try dates("BO", 2026, named: "Año Nuevo Andino Amazónico", observed: true) == ["2026-06-22"])
        #expect(try dates("PH", 2026, named: "National Heroes Day") == ["2026-08-31"])
        #expect(try dates("PH", 2025, named: "National Heroes Day") == ["2025-08-25"])
        #expect(try dates("PH", 2024, named: "Ninoy Aquino Day") == ["2024-08-23"])
    }

    @Test("A day answers with the holidays on it, the observed ones marked; a normal day with none")
    func holidaysOnADay() throws {
        let friday = try calendar.holidays(on: "2026-07-03", market: .unitedStates)
        #expect(friday.count == 1 && friday[0].isObservedSubstitute && friday[0].name == "Independence Day")
        #expect(try calendar.holidays(on: "2026-07-04", market: .unitedStates).map(\.isObservedSubstitute) == [false])
        #expect(try calendar.holidays(on: "2026-07-06", market: .unitedStates).isEmpty)
        #expect(try calendar.holidays(on: "2026-12-27", market: .greatBritain).isEmpty)
        #expect(try calendar.holidays(on: "2027-12-28", market: "gb").map(\.name) == ["Boxing Day"])
    }
}
