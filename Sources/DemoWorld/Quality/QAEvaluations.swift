/// The `qa` import file: a few QA evaluations per agent per month by the site's QA analysts
/// during the site's working day, more for agents in nesting; scores 60-100 around the
/// agent's own level, so most land in the 80s and 90s.
enum QAEvaluations {
    static func file(_ roster: [RosterAgent], window: HistoryWindow, clocks: [String: SiteClock],
                     seed: UInt64) -> DemoFile {
        var writer = CSVWriter(header: ["evaluation_id", "agent_id", "queue", "evaluator", "score", "evaluated_at"],
                               reservingRows: roster.count * 18, bytesPerRow: 80)
        var numbers: [String: Int] = [:]
        for agent in roster {
            guard let clock = clocks[agent.site.id] else { continue }
            var random = SeededRandom(seed: seed, stream: "qa/\(agent.id)")
            for month in QualityMonth.of(agent, window: window, clock: clock) {
                let usual = 2 + random.below(3) + (agent.status == .nesting ? 2 : 0)
                let count = Int((Double(usual) * month.share).rounded(.up))
                for day in month.distinctDays(count, &random) {
                    let local = day.midnightSeconds + (9 * 60 + random.below(480)) * 60
                    let instant = clock.offsets.instant(ofLocal: local)
                    guard instant < window.now else { continue }
                    let number = (numbers[agent.site.id] ?? 0) + 1
                    numbers[agent.site.id] = number
                    let score = min(100, max(60, (agent.traits.qaMean + 6 * random.normal()).rounded()))
                    writer.text(RecordID.make("QA-\(agent.site.id)-", number, digits: 6))
                    writer.text(agent.id)
                    writer.text(random.pick(agent.queues).id)
                    writer.text(random.pick(agent.site.qaEvaluators))
                    writer.int(Int(score))
                    writer.instant(instant, offset: clock.offsets.offset(at: instant))
                    writer.endRow()
                }
            }
        }
        return DemoFile(kind: .qa, fileName: "qa.csv", csvText: writer.csvText, rowCount: writer.rowCount)
    }
}
