/// How well a queue is served for a given load: the share answered in time falls and
/// abandonment rises as the operation is stretched (peak days, busy half hours), and handle
/// time wobbles around the queue's average. Email and social: offered = new messages,
/// handled = first responses, no abandons; the most recent messages may still be waiting.
struct ServicePerformance {
    let queue: QueueProfile

    func figures(offered: Int, stress: Double, hoursOld: Double,
                 random: inout SeededRandom) -> IntervalFigures {
        var figures = IntervalFigures(offered: offered)
        if queue.channel.isRealTime {
            answerLive(&figures, stress: stress, random: &random)
        } else {
            answerMessages(&figures, stress: stress, hoursOld: hoursOld, random: &random)
        }
        if figures.handled > 0 {
            let average = queue.handleSeconds * (1 + 0.05 * max(0, stress)) * random.noise(0.08)
            figures.handleSeconds = max(figures.handled, Int((Double(figures.handled) * average).rounded()))
        }
        return figures
    }

    private func answerLive(_ figures: inout IntervalFigures, stress: Double, random: inout SeededRandom) {
        let baseAbandon = queue.channel == .voice ? 0.04 : 0.025
        let abandonRate = min(0.5, max(0.002, baseAbandon + 0.12 * stress + 0.01 * random.normal()))
        let serviceLevel = min(0.995, max(0.15, queue.sla.targetShare + 0.06 - 0.3 * stress + 0.04 * random.normal()))
        figures.abandoned = random.binomial(figures.offered, abandonRate)
        figures.handled = figures.offered - figures.abandoned
        var short = 0
        if case .answered(_, _, _?) = queue.sla {
            short = random.binomial(figures.abandoned, 0.3)
            figures.shortAbandoned = short
        }
        let counted = figures.offered - short
        figures.answeredWithinSLA = min(figures.handled, random.binomial(counted, serviceLevel))
    }

    private func answerMessages(_ figures: inout IntervalFigures, stress: Double, hoursOld: Double,
                                random: inout SeededRandom) {
        let answeredShare = min(1, max(0, hoursOld / 20))
        figures.handled = answeredShare >= 1 ? figures.offered : random.binomial(figures.offered, answeredShare)
        let inTime = min(1, max(0.3, 0.96 - 0.35 * stress + 0.02 * random.normal()))
        figures.answeredWithinSLA = random.binomial(figures.handled, inTime)
    }
}
