import CallboardDomain
import CapacityPlanning
import EventStore
import Forecasting
import Foundation
import Logging

/// Who can work a queue on each day of a season, from the roster, the schedule and the
/// certifications: the `CertifiedAvailabilitySource` the season forecast job receives.
///
/// An agent is available on a queue on a day when live that day, speaking the queue's
/// language, and, if the queue requires a training program (`RequiredProgram`, as the
/// certifications read model keeps it), certified on that program at noon of the day on the
/// queue's clock. So a certification that ends mid-season lowers capacity from its last day,
/// and nobody counts on a certification not yet granted (trainees and nesters are the plan's
/// concern, not today's capacity). Live speakers of the language at a site who are not
/// available are the queue's cross-training pool; for a queue that requires no program
/// every live speaker is available and the pool is empty.
public struct CertifiedAvailabilityReader: CertifiedAvailabilitySource {
    let reader: ReportReader

    public init(reader: ReportReader) { self.reader = reader }

    public func availability(of queues: [SupplyQueue], on days: [LocalDate]) async throws -> [CertifiedAvailability] {
        guard let first = days.min(), let last = days.max(), !queues.isEmpty else { return [] }
        let facts = try await reader.live(WorkforceFactsQuery(queues: queues, from: first, through: last)).output
        var rows: [CertifiedAvailability] = []
        for queue in queues {
            let speakers = facts.agents.filter { $0.languages.contains(queue.language) }
            let program = facts.requiredPrograms[queue.queueID]
            let zone = TimeZone(identifier: queue.timeZoneIdentifier) ?? TimeZone(identifier: "UTC")!
            for day in days {
                let noon = Self.noon(of: day, in: zone)
                var bySite: [String: (available: Int, scheduled: Int, pool: Int)] = [:]
                for agent in speakers where agent.status(on: day) == "live" {
                    guard facts.isCertified(agent.agentID, on: program, at: noon) else {
                        bySite[agent.siteID, default: (0, 0, 0)].pool += 1
                        continue
                    }
                    bySite[agent.siteID, default: (0, 0, 0)].available += 1
                    if facts.scheduled.contains(WorkforceFacts.Shift(queueID: queue.queueID, agentID: agent.agentID, day: day)) {
                        bySite[agent.siteID, default: (0, 0, 0)].scheduled += 1
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

    /// Noon of `day` on `zone`'s clock: the instant a day's certification is judged at.
    static func noon(of day: LocalDate, in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let (year, month, dayOfMonth) = day.components
        let components = DateComponents(year: year, month: month, day: dayOfMonth, hour: 12)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: Double(day.daysSinceEpoch) * 86_400 + 43_200)
    }
}

extension WorkforceFacts {
    /// Whether `agent` may work a queue requiring `program` (nil: none) at `instant`.
    func isCertified(_ agent: String, on program: String?, at instant: Date) -> Bool {
        guard let program else { return true }
        let stretches = validity["\(agent)\u{1F}\(program)"] ?? []
        return CertificationValidity(agentID: AgentID(agent), programID: ProgramID(program), intervals: stretches).isValid(at: instant)
    }
}
