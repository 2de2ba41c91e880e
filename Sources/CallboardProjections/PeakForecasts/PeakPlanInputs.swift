import CallboardDomain
import CapacityPlanning
import Forecasting
import Foundation
import PostgresNIO

/// Reads what the season plan needs besides the publications (the workforce, certifications,
/// which queues are under a contractual SLA, each site's seats) in the report's snapshot, in a
/// fixed number of queries, and computes the ``SeasonPlan``: allocation in memory, no per-day
/// round trip.
enum PeakPlanInputs {
    static func read(_ publications: [PublishedSeason], season: PeakSeason, today: LocalDate, overtime: OvertimeRule,
                     in source: ReadModelSource) async throws -> SeasonPlan {
        let contracted = try await contractQueues(in: source)
        let queues = publications.map { publication in
            PlanQueue(queueID: publication.queueID.rawValue,
                      priority: contracted.contains(publication.queueID.rawValue) ? .contractSLA : .noContractSLA,
                      days: publication.days, leadTime: publication.leadTime)
        }
        let supplyQueues = publications.map {
            SupplyQueue(queueID: $0.queueID.rawValue, language: $0.language.rawValue, timeZoneIdentifier: $0.timeZone)
        }
        var query = WorkforceFactsQuery(queues: supplyQueues, from: season.firstDay, through: season.lastDay)
        query.withShifts = false
        let facts = try await query.read(from: source)
        let workforce = PlanWorkforce.agents(facts, queues: publications.map {
            PlanWorkforce.Queue(queueID: $0.queueID.rawValue, language: $0.language.rawValue, channel: $0.channel.rawValue,
                                timeZone: TimeZone(identifier: $0.timeZone) ?? .gmt)
        }, days: season.days, today: today)
        return try SeasonPlan(queues: queues, workforce: workforce, days: season.days, today: today, overtime: overtime)
    }

    /// Queues with a service level agreement on record: served first when supply is short.
    static func contractQueues(in source: ReadModelSource) async throws -> Set<String> {
        let rows = try await source.connection.query(
            "SELECT DISTINCT queue_id FROM \(unescaped: source.schemas.clientAccounts).queue_slas", logger: source.logger)
        var found = Set<String>()
        for try await queue in rows.decode(String.self) { found.insert(queue) }
        return found
    }

    /// Seats per site.
    static func seats(in source: ReadModelSource) async throws -> [String: Int] {
        let rows = try await source.connection.query(
            "SELECT site_id, seats::int8 FROM \(unescaped: source.schemas.siteRoster).sites", logger: source.logger)
        var seats: [String: Int] = [:]
        for try await (site, count) in rows.decode((String, Int).self) { seats[site] = count }
        return seats
    }
}
