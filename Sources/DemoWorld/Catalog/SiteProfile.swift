import CivilCalendar

/// One contact-centre site of the demo BPO: what the sites file says about it, plus how
/// its workforce is made up (headcount, the languages its people grow up speaking, the
/// teams it staffs) and who evaluates quality there.
struct SiteProfile: Sendable {
    let id: String
    let name: String
    let country: String
    let timeZoneID: String
    let seats: Int
    /// The languages the site serves buyers in (the sites file's `languages`).
    let languages: [String]
    let openedOn: LocalDate
    /// Agents on the books at full scale, including those who have left.
    let headcount: Int
    /// Mother tongues of the site's agents with their relative weights.
    let nativeLanguages: [(language: String, weight: Double)]
    /// Further languages agents may speak, with the chance an agent does (at working level).
    let secondLanguages: [(language: String, chance: Double)]
    let teams: [TeamPlan]
    let qaEvaluators: [String]

    var holidays: [(date: LocalDate, name: String)] { SiteHolidays.of(DemoRegion.catalogID(of: id)) }

    /// The sites of the region being generated (``DemoRegion``).
    static var all: [SiteProfile] {
        let region = DemoRegion.current
        guard region.number > 1 else { return catalog }
        return catalog.map { site in
            SiteProfile(id: region.id(site.id), name: "\(site.name) \(region.number)", country: site.country,
                        timeZoneID: site.timeZoneID, seats: site.seats, languages: site.languages, openedOn: site.openedOn,
                        headcount: site.headcount, nativeLanguages: site.nativeLanguages,
                        secondLanguages: site.secondLanguages,
                        teams: site.teams.map { TeamPlan(region.id($0.account), $0.language, $0.markets, $0.share) },
                        qaEvaluators: site.qaEvaluators)
        }
    }

    private static let catalog: [SiteProfile] = [
        SiteProfile(
            id: "MNL", name: "Manila", country: "PH", timeZoneID: "Asia/Manila", seats: 560,
            languages: ["en", "tl"], openedOn: LocalDate(2014, 6, 2), headcount: 470,
            nativeLanguages: [("tl", 1)], secondLanguages: [("es", 0.03)],
            teams: [TeamPlan("tabula", "en", ["US"], 34), TeamPlan("tabula", "en", ["GB"], 8),
                    TeamPlan("pawsome", "en", ["US"], 20), TeamPlan("verlaine", "en", ["US"], 10),
                    TeamPlan("verlaine", "en", ["GB"], 3), TeamPlan("verdant", "en", ["US"], 8),
                    TeamPlan("selara", "en", ["SG", "MY"], 5)],
            qaEvaluators: ["Rhea Santos", "Paolo Mendoza", "Kristine Villanueva"]),
        SiteProfile(
            id: "CEB", name: "Cebu", country: "PH", timeZoneID: "Asia/Manila", seats: 380,
            languages: ["en", "tl"], openedOn: LocalDate(2017, 2, 13), headcount: 330,
            nativeLanguages: [("tl", 1)], secondLanguages: [],
            teams: [TeamPlan("tabula", "en", ["US"], 40), TeamPlan("pawsome", "en", ["US"], 30),
                    TeamPlan("verlaine", "en", ["US"], 15), TeamPlan("tabula", "en", ["GB"], 15)],
            qaEvaluators: ["Jessa Abellana", "Ramil Cabahug", "Lovely Tan"]),
        SiteProfile(
            id: "SCZ", name: "Santa Cruz", country: "BO", timeZoneID: "America/La_Paz", seats: 340,
            languages: ["es", "en", "pt"], openedOn: LocalDate(2019, 9, 2), headcount: 290,
            nativeLanguages: [("es", 1)], secondLanguages: [("en", 0.3), ("pt", 0.15)],
            teams: [TeamPlan("voltaico", "pt", ["BR"], 52), TeamPlan("voltaico", "es", ["MX"], 22),
                    TeamPlan("pawsome", "es", ["MX", "US"], 26)],
            qaEvaluators: ["Daniela Justiniano", "Marcelo Suárez", "Carla Vaca"]),
        SiteProfile(
            id: "SOF", name: "Sofia", country: "BG", timeZoneID: "Europe/Sofia", seats: 230,
            languages: ["en", "de", "fr"], openedOn: LocalDate(2018, 5, 7), headcount: 190,
            nativeLanguages: [("bg", 1)], secondLanguages: [("en", 0.9), ("de", 0.1), ("fr", 0.1)],
            teams: [TeamPlan("tabula", "de", ["DE"], 22), TeamPlan("tabula", "fr", ["FR", "BE"], 18),
                    TeamPlan("tabula", "nl", ["BE"], 4), TeamPlan("tabula", "en", ["GB"], 15),
                    TeamPlan("verlaine", "de", ["DE"], 15), TeamPlan("verlaine", "fr", ["FR"], 12),
                    TeamPlan("verlaine", "en", ["GB"], 13)],
            qaEvaluators: ["Elena Petrova", "Nikolai Dimitrov", "Mila Georgieva"]),
        SiteProfile(
            id: "SEL", name: "Seoul", country: "KR", timeZoneID: "Asia/Seoul", seats: 140,
            languages: ["ko", "en"], openedOn: LocalDate(2021, 3, 15), headcount: 100,
            nativeLanguages: [("ko", 1)], secondLanguages: [("en", 0.6)],
            teams: [TeamPlan("verdant", "ko", ["KR"], 88), TeamPlan("verdant", "en", ["US"], 12)],
            qaEvaluators: ["Park Ji-yeon", "Lee Seung-ho"]),
        SiteProfile(
            id: "KUL", name: "Kuala Lumpur", country: "MY", timeZoneID: "Asia/Kuala_Lumpur", seats: 160,
            languages: ["en", "ms", "zh"], openedOn: LocalDate(2020, 7, 1), headcount: 130,
            nativeLanguages: [("ms", 0.6), ("zh", 0.4)], secondLanguages: [("ms", 0.5)],
            teams: [TeamPlan("selara", "ms", ["MY"], 40), TeamPlan("selara", "zh", ["MY"], 20),
                    TeamPlan("selara", "en", ["SG", "MY"], 15), TeamPlan("tabula", "en", ["GB"], 25)],
            qaEvaluators: ["Nurul Huda", "Tan Mei Ling"]),
    ]
}
