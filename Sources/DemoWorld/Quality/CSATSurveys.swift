/// The `csat` import file: post-contact survey answers per agent per month, scores 1-5
/// skewed to 4 and 5 and leaning with the agent's quality, each tied to the contact it
/// rates; the survey system reports in UTC.
enum CSATSurveys {
    static func file(_ roster: [RosterAgent], window: HistoryWindow, clocks: [String: SiteClock],
                     seed: UInt64) -> DemoFile {
        var writer = CSVWriter(header: ["survey_id", "agent_id", "queue", "score", "answered_at", "contact_id"],
                               reservingRows: roster.count * 50, bytesPerRow: 80)
        var random = SeededRandom(seed: seed, stream: "csat")
        var survey = 0
        var contact = 48_000_000
        for agent in roster {
            guard let clock = clocks[agent.site.id] else { continue }
            let lean = agent.traits.csatLean
            let weights = [0.06 - 0.2 * lean, 0.04 - 0.1 * lean, 0.1 - 0.2 * lean, 0.28, 0.52 + 0.5 * lean]
            for month in QualityMonth.of(agent, window: window, clock: clock) {
                let count = Int((Double(4 + random.below(9)) * month.share).rounded(.up))
                for _ in 0..<count {
                    let local = random.pick(month.days).midnightSeconds + random.below(86_400)
                    let instant = clock.offsets.instant(ofLocal: local)
                    guard instant < window.now else { continue }
                    survey += 1
                    contact += 1 + random.below(400)
                    writer.text(RecordID.make(DemoRegion.current.id("SV") + "-", survey, digits: 7))
                    writer.text(agent.id)
                    writer.text(random.pick(agent.queues).id)
                    writer.int(random.weightedIndex(weights) + 1)
                    writer.instant(instant)
                    writer.text(RecordID.make(DemoRegion.current.id("CT") + "-", contact, digits: 9))
                    writer.endRow()
                }
            }
        }
        return DemoFile(kind: .csat, fileName: "csat.csv", csvText: writer.csvText, rowCount: writer.rowCount)
    }
}
