import CallboardDomain
import CallboardProjections

/// The queues a queue too new for the model borrows from: the open queues of its account in
/// the same channel with enough history of their own, those in its language when there are
/// any (a Spanish chat queue is shaped like Spanish chat, not English chat).
///
/// Exists so the fallback rule and the words that describe it in the publication agree.
struct FallbackSiblings {
    let queues: [PlanningQueue]
    /// Whether every sibling speaks the queue's language.
    let sameLanguage: Bool
    let channel: CallboardDomain.Channel
    let language: LanguageCode

    init(for queue: PlanningQueue, among all: [PlanningQueue], minimumWeeks: Int) {
        let candidates = all.filter { other in
            other.queueID != queue.queueID && other.accountID == queue.accountID && other.channel == queue.channel
                && other.historyWeeks >= Double(minimumWeeks)
        }
        let speaking = candidates.filter { $0.language == queue.language }
        sameLanguage = !speaking.isEmpty
        queues = speaking.isEmpty ? candidates : speaking
        channel = queue.channel
        language = queue.language
    }

    /// `TAB-EN-GB, TAB-EN-CA (voice, en)`.
    var description: String {
        "\(queues.map(\.queueID.rawValue).joined(separator: ", ")) (\(channel.rawValue), "
            + (sameLanguage ? language.rawValue : "any language") + ")"
    }

    /// The median handle time of the siblings (and of any queue of the account in the
    /// channel, when the siblings handled nothing), for a queue that handled nothing yet.
    static func handleSeconds(for queue: PlanningQueue, among all: [PlanningQueue]) -> Double? {
        let values = all.filter { $0.queueID != queue.queueID && $0.accountID == queue.accountID && $0.channel == queue.channel }
            .compactMap(\.averageHandleSeconds).sorted()
        guard !values.isEmpty else { return nil }
        let middle = values.count / 2
        return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    }
}

extension PlanningQueue {
    /// Weeks of offered history (0 when nothing was ever reported).
    var historyWeeks: Double {
        Double(offered.count * intervalMinutes) / Double(7 * 24 * 60)
    }
}
