/// Which work a share of a site's agents is hired for: one account's queues in one language,
/// for some of its markets (Manila's US team of the tablet maker, Sofia's German team).
/// An agent's queues, skills, languages and shift times all follow from the team.
struct TeamPlan: Sendable {
    let account: String
    let language: String
    let markets: [String]
    /// Relative share of the site's headcount.
    let share: Double

    init(_ account: String, _ language: String, _ markets: [String], _ share: Double) {
        self.account = account
        self.language = language
        self.markets = markets
        self.share = share
    }

    /// The queues this team works, busiest first.
    var queues: [QueueProfile] {
        QueueCatalog.all
            .filter { $0.account == account && $0.language == language && markets.contains($0.market) }
            .sorted { $0.dailyVolume > $1.dailyVolume }
    }
}
