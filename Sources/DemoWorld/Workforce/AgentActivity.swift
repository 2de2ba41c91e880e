/// The `agent-intervals` import files, one per site: what agents did per queue and 30-minute
/// interval over the last few months, for the monthly award scorecards (handle time,
/// first-contact resolution, adherence). Every agent who took contacts is in them, but only
/// for a sample of their working days (a quarter at full scale), which keeps the world near
/// 300,000 rows while every agent's averages stay representative.
enum AgentActivity {
    static let header = ["agent_id", "queue", "interval_start", "interval_minutes", "contacts_handled",
                         "handle_seconds", "first_contact_resolutions", "scheduled_seconds", "adherent_seconds"]

    static func file(for site: SiteProfile, _ roster: [RosterAgent], window: HistoryWindow, scale: DemoScale,
                     clocks: [String: SiteClock], seed: UInt64) -> DemoFile {
        let sampledShare = scale == .full ? 0.25 : 1.0
        let queueClocks = Dictionary(uniqueKeysWithValues: QueueCatalog.all.map { queue in
            (queue.id, QueueClock(queue, from: window.activityStart - 86_400, to: window.end))
        })
        let working = roster.filter { $0.site.id == site.id && $0.contactsFrom != nil }
        let days = (window.end - window.activityStart) / 86_400 + 1
        var writer = CSVWriter(header: header, reservingRows: Int(Double(working.count * days * 12) * sampledShare),
                               bytesPerRow: 72)
        for agent in working {
            guard let clock = clocks[agent.site.id] else { continue }
            var random = SeededRandom(seed: seed, stream: "activity/\(agent.id)")
            let agentField = Array(agent.id.utf8)
            let queues = agent.queues.compactMap { queueClocks[$0.id] }
            let firstDay = clock.localDate(at: window.activityStart)
            for step in 0..<days {
                let date = firstDay.adding(days: step)
                guard agent.pattern.works(on: date), agent.handlesContacts(on: date),
                      random.chance(sampledShare) else { continue }
                let start = clock.offsets.instant(ofLocal: date.midnightSeconds + agent.pattern.startMinute * 60)
                for half in 0..<(WorkPattern.shiftMinutes / 30) {
                    let minute = half * 30
                    let onBreak = minute >= WorkPattern.breakAfterMinutes
                        && minute < WorkPattern.breakAfterMinutes + WorkPattern.breakMinutes
                    let intervalStart = start + minute * 60
                    guard !onBreak, intervalStart >= window.activityStart,
                          intervalStart + HistoryWindow.intervalSeconds <= window.end else { continue }
                    let queue = random.chance(0.75) ? queues[0] : random.pick(queues)
                    writer.raw(agentField)
                    writer.raw(queue.idField)
                    writer.instant(intervalStart)
                    write(agent, queue.queue, isOpen: queue.isOpen(at: intervalStart), &writer, &random)
                }
            }
        }
        return DemoFile(kind: .agentIntervals, fileName: "agent-intervals-\(site.id).csv", csvText: writer.csvText,
                        rowCount: writer.rowCount)
    }

    /// The figures of one row: contacts from the time the agent was busy (chats run two at a
    /// time), handle time (never more than the interval holds) and resolutions from the
    /// agent's traits; a closed queue means back-office time.
    private static func write(_ agent: RosterAgent, _ queue: QueueProfile, isOpen: Bool,
                              _ writer: inout CSVWriter, _ random: inout SeededRandom) {
        let scheduled = HistoryWindow.intervalSeconds
        let (occupancy, concurrency): (Double, Double) = switch queue.channel {
        case .voice: (0.8, 1)
        case .chat: (0.85, 1.7)
        case .email, .social: (0.9, 1)
        }
        let handle = queue.handleSeconds * agent.traits.handleFactor
        let busy = isOpen ? min(Double(scheduled), Double(scheduled) * occupancy * random.noise(0.1)) : 0
        let contacts = random.poisson(busy * concurrency / handle)
        let capacity = Double(scheduled) * concurrency
        let handleSeconds = contacts > 0 ? Int(min(capacity, Double(contacts) * handle * random.noise(0.12))) : 0
        let adherence = min(1, max(0.4, agent.traits.adherence + 0.06 * random.normal()))
        writer.int(30)
        writer.int(contacts)
        writer.int(handleSeconds)
        writer.int(random.binomial(contacts, agent.traits.resolutionRate))
        writer.int(scheduled)
        writer.int(min(scheduled, Int((Double(scheduled) * adherence).rounded())))
        writer.endRow()
    }
}
