/// Every queue of the demo world: 44 queues over six accounts, sized so the busiest (the
/// tablet maker's US phone line) takes a few thousand calls a day and the smallest a hundred.
enum QueueCatalog {
    private static let weekdays = QueueHours.Days.days(0, 4, 8, 18)

    /// The queues of the region being generated (``DemoRegion``): the catalog's, under the
    /// region's account IDs.
    static var all: [QueueProfile] {
        let region = DemoRegion.current
        return region.number > 1 ? catalog.map { $0.owned(by: region.id($0.account)) } : catalog
    }

    private static let catalog: [QueueProfile] = tabula + pawsome + verlaine + voltaico + verdant + selara

    private static let tabula: [QueueProfile] = [
        QueueProfile("tabula", .voice, "en", "US", .alwaysOpen, .voice, volume: 2_600, handle: 420),
        QueueProfile("tabula", .chat, "en", "US", .alwaysOpen, .chat, volume: 2_500, handle: 540),
        QueueProfile("tabula", .email, "en", "US", .alwaysOpen, .email, volume: 1_300, handle: 360),
        QueueProfile("tabula", .voice, "en", "GB", .weekly([.days(0, 4, 8, 20), .days(5, 6, 9, 17)]), .voice,
                     volume: 1_050, handle: 420),
        QueueProfile("tabula", .chat, "en", "GB", .weekly([.days(0, 6, 8, 22)]), .chat, volume: 1_200, handle: 540),
        QueueProfile("tabula", .email, "en", "GB", .weekly([weekdays]), .businessEmail, volume: 600, handle: 360),
        QueueProfile("tabula", .chat, "de", "DE", .weekly([.days(0, 5, 8, 20)]), .chat, volume: 650, handle: 560),
        QueueProfile("tabula", .email, "de", "DE", .weekly([weekdays]), .businessEmail, volume: 450, handle: 380),
        QueueProfile("tabula", .chat, "fr", "FR", .weekly([.days(0, 5, 9, 19)]), .chat, volume: 500, handle: 560),
        QueueProfile("tabula", .email, "fr", "FR", .weekly([.days(0, 4, 9, 18)]), .businessEmail,
                     volume: 350, handle: 380),
        QueueProfile("tabula", .chat, "fr", "BE", .weekly([.days(0, 4, 9, 18)]), .chat, volume: 180, handle: 560),
        QueueProfile("tabula", .email, "nl", "BE", .weekly([.days(0, 4, 9, 17)]), .businessEmail,
                     volume: 160, handle: 380),
    ]

    private static let pawsome: [QueueProfile] = [
        QueueProfile("pawsome", .email, "en", "US", .alwaysOpen, .email, volume: 2_600, handle: 240),
        QueueProfile("pawsome", .chat, "en", "US", .weekly([.days(0, 6, 8, 23)]), .chat, volume: 1_400, handle: 420),
        QueueProfile("pawsome", .social, "en", "US", .alwaysOpen, .social, volume: 1_100, handle: 200),
        QueueProfile("pawsome", .email, "es", "US", .alwaysOpen, .email, volume: 260, handle: 260),
        QueueProfile("pawsome", .email, "es", "MX", .alwaysOpen, .email, volume: 700, handle: 260),
        QueueProfile("pawsome", .chat, "es", "MX", .weekly([.days(0, 6, 8, 22)]), .premiumChat,
                     volume: 550, handle: 450),
        QueueProfile("pawsome", .social, "es", "MX", .alwaysOpen, .social, volume: 500, handle: 200),
    ]

    private static let verlaine: [QueueProfile] = [
        QueueProfile("verlaine", .chat, "en", "US", .weekly([.days(0, 6, 9, 21)]), .premiumChat,
                     volume: 700, handle: 600),
        QueueProfile("verlaine", .email, "en", "US", .alwaysOpen, .email, volume: 600, handle: 420),
        QueueProfile("verlaine", .chat, "en", "GB", .weekly([.days(0, 5, 9, 19)]), .premiumChat,
                     volume: 300, handle: 600),
        QueueProfile("verlaine", .email, "en", "GB", .alwaysOpen, .email, volume: 180, handle: 420),
        QueueProfile("verlaine", .chat, "de", "DE", .weekly([.days(0, 5, 9, 19)]), .premiumChat,
                     volume: 330, handle: 600),
        QueueProfile("verlaine", .email, "de", "DE", .weekly([.days(0, 4, 9, 18)]), .businessEmail,
                     volume: 250, handle: 420),
        QueueProfile("verlaine", .chat, "fr", "FR", .weekly([.days(0, 5, 9, 19)]), .premiumChat,
                     volume: 240, handle: 600),
        QueueProfile("verlaine", .email, "fr", "FR", .weekly([.days(0, 4, 9, 18)]), .businessEmail,
                     volume: 200, handle: 420),
    ]

    private static let voltaico: [QueueProfile] = [
        QueueProfile("voltaico", .voice, "pt", "BR", .weekly([.days(0, 5, 8, 20)]), .voice, volume: 1_400, handle: 380),
        QueueProfile("voltaico", .chat, "pt", "BR", .weekly([.days(0, 6, 8, 22)]), .chat, volume: 1_100, handle: 500),
        QueueProfile("voltaico", .email, "pt", "BR", .alwaysOpen, .email, volume: 700, handle: 300),
        QueueProfile("voltaico", .social, "pt", "BR", .alwaysOpen, .social, volume: 900, handle: 220),
        QueueProfile("voltaico", .voice, "es", "MX", .weekly([.days(0, 5, 8, 20)]), .voice, volume: 600, handle: 360),
        QueueProfile("voltaico", .chat, "es", "MX", .weekly([.days(0, 6, 8, 22)]), .chat, volume: 450, handle: 480),
        QueueProfile("voltaico", .email, "es", "MX", .alwaysOpen, .email, volume: 300, handle: 300),
    ]

    private static let verdant: [QueueProfile] = [
        QueueProfile("verdant", .chat, "ko", "KR", .weekly([.days(0, 6, 9, 22)]), .chat, volume: 950, handle: 480),
        QueueProfile("verdant", .email, "ko", "KR", .alwaysOpen, .email, volume: 600, handle: 300),
        QueueProfile("verdant", .social, "ko", "KR", .alwaysOpen, .social, volume: 700, handle: 200),
        QueueProfile("verdant", .chat, "en", "US", .weekly([.days(0, 6, 8, 22)]), .premiumChat,
                     volume: 600, handle: 480),
        QueueProfile("verdant", .email, "en", "US", .alwaysOpen, .email, volume: 500, handle: 300),
    ]

    private static let selara: [QueueProfile] = [
        QueueProfile("selara", .chat, "ms", "MY", .weekly([.days(0, 6, 9, 22)]), .chat, volume: 550, handle: 420),
        QueueProfile("selara", .chat, "zh", "MY", .weekly([.days(0, 6, 9, 22)]), .chat, volume: 420, handle: 420),
        QueueProfile("selara", .chat, "en", "SG", .weekly([.days(0, 6, 9, 22)]), .chat, volume: 500, handle: 420),
        QueueProfile("selara", .email, "en", "MY", .alwaysOpen, .email, volume: 450, handle: 300),
        QueueProfile("selara", .social, "ms", "MY", .alwaysOpen, .social, volume: 700, handle: 200),
    ]
}
