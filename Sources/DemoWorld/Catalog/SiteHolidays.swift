import CivilCalendar

/// Public holidays at each site for 2025 and 2026 (national ones, plus Santa Cruz's own
/// day): the days a site's workforce expects off, which staffing and shrinkage plans use.
/// Holidays that follow the lunar or Islamic calendar are as officially announced.
enum SiteHolidays {
    static func of(_ site: String) -> [(date: LocalDate, name: String)] {
        let table: [(String, String)] = switch site {
        case "MNL", "CEB": philippines
        case "SCZ": bolivia
        case "SOF": bulgaria
        case "SEL": korea
        case "KUL": malaysia
        default: []
        }
        return table.map { text, name in
            let parts = text.split(separator: "-").compactMap { Int($0) }
            return (LocalDate(parts[0], parts[1], parts[2]), name)
        }
    }

    private static let philippines = [
        ("2025-01-01", "New Year's Day"), ("2025-04-17", "Maundy Thursday"), ("2025-04-18", "Good Friday"),
        ("2025-06-12", "Independence Day"), ("2025-08-25", "National Heroes Day"),
        ("2025-11-30", "Bonifacio Day"), ("2025-12-25", "Christmas Day"), ("2025-12-30", "Rizal Day"),
        ("2026-01-01", "New Year's Day"), ("2026-04-02", "Maundy Thursday"), ("2026-04-03", "Good Friday"),
        ("2026-06-12", "Independence Day"), ("2026-08-31", "National Heroes Day"),
        ("2026-11-30", "Bonifacio Day"), ("2026-12-25", "Christmas Day"), ("2026-12-30", "Rizal Day"),
    ]

    private static let bolivia = [
        ("2025-01-01", "Año Nuevo"), ("2025-01-22", "Día del Estado Plurinacional"),
        ("2025-03-03", "Carnaval"), ("2025-03-04", "Carnaval"), ("2025-04-18", "Viernes Santo"),
        ("2025-05-01", "Día del Trabajo"), ("2025-06-19", "Corpus Christi"),
        ("2025-08-06", "Día de la Independencia"), ("2025-09-24", "Día de Santa Cruz"),
        ("2025-11-02", "Todos Santos"), ("2025-12-25", "Navidad"),
        ("2026-01-01", "Año Nuevo"), ("2026-01-22", "Día del Estado Plurinacional"),
        ("2026-02-16", "Carnaval"), ("2026-02-17", "Carnaval"), ("2026-04-03", "Viernes Santo"),
        ("2026-05-01", "Día del Trabajo"), ("2026-06-04", "Corpus Christi"),
        ("2026-08-06", "Día de la Independencia"), ("2026-09-24", "Día de Santa Cruz"),
        ("2026-11-02", "Todos Santos"), ("2026-12-25", "Navidad"),
    ]

    private static let bulgaria = [
        ("2025-01-01", "New Year's Day"), ("2025-03-03", "Liberation Day"), ("2025-04-18", "Good Friday"),
        ("2025-04-21", "Easter Monday"), ("2025-05-01", "Labour Day"), ("2025-05-06", "St George's Day"),
        ("2025-09-22", "Independence Day"), ("2025-12-24", "Christmas Eve"), ("2025-12-25", "Christmas Day"),
        ("2025-12-26", "Second Day of Christmas"),
        ("2026-01-01", "New Year's Day"), ("2026-03-03", "Liberation Day"), ("2026-04-10", "Good Friday"),
        ("2026-04-13", "Easter Monday"), ("2026-05-01", "Labour Day"), ("2026-05-06", "St George's Day"),
        ("2026-09-22", "Independence Day"), ("2026-12-24", "Christmas Eve"), ("2026-12-25", "Christmas Day"),
        ("2026-12-26", "Second Day of Christmas"),
    ]

    private static let korea = [
        ("2025-01-01", "New Year's Day"), ("2025-01-28", "Seollal"), ("2025-01-29", "Seollal"),
        ("2025-01-30", "Seollal"), ("2025-03-03", "Independence Movement Day (substitute)"),
        ("2025-05-05", "Children's Day and Buddha's Birthday"), ("2025-05-06", "Substitute holiday"),
        ("2025-06-06", "Memorial Day"),
        ("2025-08-15", "Liberation Day"), ("2025-10-03", "National Foundation Day"),
        ("2025-10-06", "Chuseok"), ("2025-10-07", "Chuseok"), ("2025-10-08", "Chuseok (substitute)"),
        ("2025-10-09", "Hangul Day"),
        ("2025-12-25", "Christmas Day"),
        ("2026-01-01", "New Year's Day"), ("2026-02-16", "Seollal"), ("2026-02-17", "Seollal"),
        ("2026-02-18", "Seollal"), ("2026-03-02", "Independence Movement Day (substitute)"),
        ("2026-05-05", "Children's Day"), ("2026-05-25", "Buddha's Birthday (substitute)"),
        ("2026-08-15", "Liberation Day"), ("2026-08-17", "Liberation Day (substitute)"), ("2026-09-24", "Chuseok"), ("2026-09-25", "Chuseok"),
        ("2026-09-26", "Chuseok"), ("2026-10-05", "National Foundation Day (substitute)"),
        ("2026-10-09", "Hangul Day"), ("2026-12-25", "Christmas Day"),
    ]

    private static let malaysia = [
        ("2025-01-29", "Chinese New Year"), ("2025-01-30", "Chinese New Year"),
        ("2025-02-01", "Federal Territory Day"), ("2025-03-31", "Hari Raya Aidilfitri"),
        ("2025-04-01", "Hari Raya Aidilfitri"), ("2025-05-01", "Labour Day"), ("2025-05-12", "Wesak Day"),
        ("2025-08-31", "National Day"), ("2025-09-16", "Malaysia Day"), ("2025-10-20", "Deepavali"),
        ("2025-12-25", "Christmas Day"),
        ("2026-02-01", "Federal Territory Day"), ("2026-02-17", "Chinese New Year"),
        ("2026-02-18", "Chinese New Year"), ("2026-03-21", "Hari Raya Aidilfitri"),
        ("2026-03-22", "Hari Raya Aidilfitri"), ("2026-05-01", "Labour Day"), ("2026-05-31", "Wesak Day"),
        ("2026-08-31", "National Day"), ("2026-09-16", "Malaysia Day"), ("2026-11-08", "Deepavali"),
        ("2026-12-25", "Christmas Day"),
    ]
}
