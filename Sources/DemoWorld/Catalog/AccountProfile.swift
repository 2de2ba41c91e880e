import CivilCalendar

/// A client account of the demo BPO: a cross-border seller with its markets, brands,
/// channels and languages, how fast its contact volume grows, and what its buyers praise
/// agents for (commendation notes).
struct AccountProfile: Sendable {
    let id: String
    let name: String
    let markets: [String]
    let brands: [String]
    let channels: [Channel]
    let languages: [String]
    let signedOn: LocalDate
    /// Year-on-year growth of contact volume (0.10 = +10% a year).
    let annualGrowth: Double
    /// What buyers wrote in about, completing "... thanked <agent> for ...".
    let praise: [String]

    /// The accounts of the region being generated (``DemoRegion``).
    static var all: [AccountProfile] {
        let region = DemoRegion.current
        guard region.number > 1 else { return catalog }
        return catalog.map { account in
            AccountProfile(id: region.id(account.id), name: "\(account.name) \(region.number)", markets: account.markets,
                           brands: account.brands, channels: account.channels, languages: account.languages,
                           signedOn: account.signedOn, annualGrowth: account.annualGrowth, praise: account.praise)
        }
    }

    private static let catalog: [AccountProfile] = [
        AccountProfile(
            id: "tabula", name: "Tabula Devices", markets: ["US", "GB", "DE", "FR", "BE"],
            brands: ["Tabula", "Tabula Pro", "Tabula Kids"], channels: [.voice, .chat, .email],
            languages: ["en", "de", "fr", "nl"], signedOn: LocalDate(2019, 4, 15), annualGrowth: 0.10,
            praise: ["restoring a Tabula Pro that would not boot before a flight",
                     "walking a grandmother through setting up her first tablet",
                     "replacing a cracked Tabula Kids screen under warranty the same day",
                     "recovering three years of photos after a failed update"]),
        AccountProfile(
            id: "pawsome", name: "Pawsome Threads", markets: ["US", "MX"],
            brands: ["Pawsome Threads", "Pawsome Rain"], channels: [.email, .chat, .social],
            languages: ["en", "es"], signedOn: LocalDate(2021, 8, 2), annualGrowth: 0.30,
            praise: ["finding a raincoat that fits a very long dachshund",
                     "an exchange sorted out in one message",
                     "rushing a Halloween costume in time for the party",
                     "patience with a size chart question, in Spanish and English"]),
        AccountProfile(
            id: "verlaine", name: "Maison Verlaine", markets: ["US", "GB", "DE", "FR"],
            brands: ["Verlaine", "Verlaine Atelier"], channels: [.chat, .email],
            languages: ["en", "de", "fr"], signedOn: LocalDate(2020, 3, 9), annualGrowth: 0.12,
            praise: ["arranging an engraving for an anniversary watch",
                     "a strap resize explained with real care",
                     "tracking down a lost parcel with a gift inside",
                     "an honest answer about water resistance"]),
        AccountProfile(
            id: "voltaico", name: "Voltaico", markets: ["BR", "MX"],
            brands: ["Voltaico", "VoltPlay"], channels: [.voice, .chat, .email, .social],
            languages: ["pt", "es"], signedOn: LocalDate(2022, 1, 17), annualGrowth: 0.22,
            praise: ["sorting out a Black Friday double charge",
                     "getting a console delivered before Christmas Eve",
                     "explaining the installment plan clearly",
                     "a fast WhatsApp reply that saved a return"]),
        AccountProfile(
            id: "verdant", name: "Verdant Naturals", markets: ["KR", "US"],
            brands: ["Verdant Naturals"], channels: [.chat, .email, .social],
            languages: ["ko", "en"], signedOn: LocalDate(2022, 6, 1), annualGrowth: 0.18,
            praise: ["clearing a customs hold on a vitamin order",
                     "a KakaoTalk answer in minutes on a Sunday",
                     "splitting an order to stay under the import limit",
                     "a kind follow-up after a damaged parcel"]),
        AccountProfile(
            id: "selara", name: "Selara Home", markets: ["MY", "SG"],
            brands: ["Selara Home"], channels: [.chat, .email, .social],
            languages: ["en", "ms", "zh"], signedOn: LocalDate(2023, 2, 6), annualGrowth: 0.25,
            praise: ["rescheduling a sofa delivery around Hari Raya",
                     "a refund handled before the 11.11 rush",
                     "answering in Mandarin for an elderly buyer",
                     "finding matching cushion covers that were out of stock"]),
    ]

    static func named(_ id: String) -> AccountProfile {
        guard let account = all.first(where: { $0.id == id }) else { preconditionFailure("no account \(id)") }
        return account
    }
}
