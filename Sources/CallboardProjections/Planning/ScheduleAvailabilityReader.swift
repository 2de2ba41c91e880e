import CapacityPlanning
import EventStore
import Forecasting
import Foundation
import Logging

/// Certified availability as it can be told before certifications are projected: an agent
/// counts as certified for a queue once the schedule has put them on it (the schedule is
/// today's only record of who works which queue), while live at their current site and
/// speaking the queue's language. Live speakers of the language at a site who have never
/// been scheduled on the queue are its cross-training pool.
///
/// The seam: this is the `CertifiedAvailabilitySource` the forecast job receives. When the
/// certifications read model lands, a reader of it (certified for the queue's program on
/// the day, per `RequiredProgram`) replaces this type in `callboard forecast run`; nothing
/// else changes.
public struct ScheduleAvailabilityReader: CertifiedAvailabilitySource {
    let reader: ReportReader

    public init(reader: ReportReader) { self.reader = reader }

    public func availability(of queues: [SupplyQueue], on days: [CalendarDay]) async throws -> [CertifiedAvailability] {
        guard let first = days.min(), let last = days.max(), !queues.isEmpty else { return [] }
        let facts = try await reader.live(WorkforceFactsQuery(queues: queues, from: first, through: last)).output
        var rows: [CertifiedAvailability] = []
        for queue in queues {
            let team = facts.team[queue.queueID] ?? []
            let speakers = facts.agents.filter { $0.languages.contains(queue.language) }
            for day in days {
                var bySite: [String: (available: Int, scheduled: Int, pool: Int)] = [:]
                for agent in speakers where agent.status(on: day) == "live" {
                    if team.contains(agent.agentID) {
                        bySite[agent.siteID, default: (0, 0, 0)].available += 1
                        if facts.scheduled.contains(WorkforceFacts.Shift(queueID: queue.queueID, agentID: agent.agentID, day: day)) {
                            bySite[agent.siteID, default: (0, 0, 0)].scheduled += 1
                        }
                    } else {
                        bySite[agent.siteID, default: (0, 0, 0)].pool += 1
                    }
                }
                for (site, count) in bySite.sorted(by: { $0.key < $1.key }) {
                    rows.append(CertifiedAvailability(
                        queueID: queue.queueID, siteID: site, language: queue.language, day: day,
                        available: count.available, scheduled: count.scheduled, crossTrainable: count.pool))
                }
            }
        }
        return rows
    }
}
