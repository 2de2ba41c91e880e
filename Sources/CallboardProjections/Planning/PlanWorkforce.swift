import CallboardDomain
import CapacityPlanning
import Forecasting
import Foundation

/// The season's workforce as the plan allocates it, built from the roster and certification
/// facts: per agent and day the queues they may serve, and the queues they could be
/// cross-trained onto.
///
/// An agent may serve a queue on a day when live that day, speaking the queue's language,
/// skilled on its channel and, if the queue requires a training program, certified on it at
/// noon of the day on the queue's clock (as ``CertifiedAvailabilityReader`` counts supply).
/// A cross-training candidate for a queue is live today, speaks its language, works its
/// channel, is not certified on the queue's program but is already certified on another one.
struct PlanWorkforce {
    /// A queue's facts the eligibility rule needs.
    struct Queue {
        let queueID: String
        let language: String
        let channel: String
        let timeZone: TimeZone
    }

    static func agents(_ facts: WorkforceFacts, queues: [Queue], days: [LocalDate], today: LocalDate) -> [WorkforceAgent] {
        let zones = Set(queues.map(\.timeZone.identifier))
        var noons: [String: [LocalDate: Date]] = [:]
        for zone in zones {
            let timeZone = TimeZone(identifier: zone) ?? .gmt
            noons[zone] = Dictionary(Set(days + [today]).map { ($0, CertifiedAvailabilityReader.noon(of: $0, in: timeZone)) },
                                     uniquingKeysWith: { first, _ in first })
        }
        let programsHeld = Dictionary(grouping: facts.validity.keys.compactMap { key -> (String, String)? in
            let parts = key.split(separator: "\u{1F}", maxSplits: 1).map(String.init)
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }, by: \.0).mapValues { $0.map(\.1) }
        return facts.agents.map { agent in
            let fits = queues.filter { agent.languages.contains($0.language) && agent.skills.contains($0.channel) }
            var eligible: [LocalDate: [String]] = [:]
            for day in days where agent.status(on: day) == "live" {
                let queues = fits.filter { queue in
                    facts.isCertified(agent.agentID, on: facts.requiredPrograms[queue.queueID],
                                      at: noons[queue.timeZone.identifier]![day]!)
                }
                if !queues.isEmpty { eligible[day] = queues.map(\.queueID) }
            }
            var trainable: [String] = []
            if agent.status(on: today) == "live" {
                let noonToday = { (queue: Queue) in noons[queue.timeZone.identifier]![today]! }
                let certifiedElsewhere = { (queue: Queue) -> Bool in
                    (programsHeld[agent.agentID] ?? []).contains { program in
                        program != facts.requiredPrograms[queue.queueID]
                            && facts.isCertified(agent.agentID, on: program, at: noonToday(queue))
                    }
                }
                trainable = fits.filter { queue in
                    guard let program = facts.requiredPrograms[queue.queueID] else { return false }
                    return !facts.isCertified(agent.agentID, on: program, at: noonToday(queue)) && certifiedElsewhere(queue)
                }.map(\.queueID)
            }
            return WorkforceAgent(agentID: agent.agentID, siteID: agent.siteID, eligible: eligible, trainable: trainable)
        }
    }
}
