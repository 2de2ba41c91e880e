/// The `commendations` import file: now and then a client passes on a buyer's thanks for an
/// agent by name (about one agent in twenty a month, more often for the best agents).
enum Commendations {
    static func file(_ roster: [RosterAgent], window: HistoryWindow, clocks: [String: SiteClock],
                     seed: UInt64) -> DemoFile {
        var writer = CSVWriter(header: ["commendation_id", "agent_id", "account_id", "note", "received_at"],
                               reservingRows: roster.count / 2, bytesPerRow: 140)
        var random = SeededRandom(seed: seed, stream: "commendations")
        var number = 0
        for agent in roster {
            guard let clock = clocks[agent.site.id] else { continue }
            let account = AccountProfile.named(agent.team.account)
            let chance = max(0.01, 0.05 + 0.006 * (agent.traits.qaMean - 86))
            for month in QualityMonth.of(agent, window: window, clock: clock)
            where random.chance(chance * month.share) {
                let local = random.pick(month.days).midnightSeconds + (8 * 60 + random.below(600)) * 60
                let instant = clock.offsets.instant(ofLocal: local)
                guard instant < window.now else { continue }
                number += 1
                writer.text(RecordID.make(DemoRegion.current.id("CM") + "-", number, digits: 5))
                writer.text(agent.id)
                writer.text(account.id)
                writer.text("A buyer thanked \(agent.givenName) for \(random.pick(account.praise)).")
                writer.instant(instant)
                writer.endRow()
            }
        }
        return DemoFile(kind: .commendations, fileName: "commendations.csv", csvText: writer.csvText,
                        rowCount: writer.rowCount)
    }
}
