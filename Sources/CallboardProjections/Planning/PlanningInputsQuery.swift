import CallboardDomain
import Foundation
import PostgresNIO
import Projections

/// The open queues of some accounts (or named queues), each with its offered history and
/// recent handle time: everything a forecast job learns from, read in one snapshot.
public struct PlanningInputsQuery: ReportQuery {
    /// Only these accounts' queues; empty for every account.
    public let accounts: [AccountID]
    /// Only these queues; empty for every queue of the accounts.
    public let queues: [QueueID]

    public init(accounts: [AccountID] = [], queues: [QueueID] = []) {
        self.accounts = accounts
        self.queues = queues
    }

    public var readModels: [any Projection] { [ClientAccountsProjection(), QueueIntervalsProjection(), DemandFactsProjection()] }

    public func read(from source: ReadModelSource) async throws -> [PlanningQueue] {
        let accountsSchema = source.schemas.clientAccounts
        let rows = try await source.connection.query("""
            SELECT q.queue_id, q.account_id, q.channel, q.language, q.market, q.time_zone, q.hours::text,
                   (SELECT s.sla::text FROM \(unescaped: accountsSchema).queue_slas s WHERE s.queue_id = q.queue_id
                     ORDER BY s.effective_from DESC LIMIT 1)
              FROM \(unescaped: accountsSchema).queues q
             WHERE q.closed_on IS NULL
               AND (cardinality(\(accounts.map(\.rawValue))::text[]) = 0 OR q.account_id = ANY(\(accounts.map(\.rawValue))))
               AND (cardinality(\(queues.map(\.rawValue))::text[]) = 0 OR q.queue_id = ANY(\(queues.map(\.rawValue))))
             ORDER BY q.queue_id
            """, logger: source.logger)
        var found: [(String, String, String, String, String?, String, String, String?)] = []
        for try await row in rows.decode((String, String, String, String, String?, String, String, String?).self) {
            found.append(row)
        }
        if let missing = Set(queues.map(\.rawValue)).subtracting(found.map(\.0)).sorted().first {
            throw PlanningError.unknownQueue(missing)
        }
        if let missing = Set(accounts.map(\.rawValue)).subtracting(found.map(\.1)).sorted().first {
            throw PlanningError.noOpenQueues(account: missing)
        }
        var result: [PlanningQueue] = []
        for (id, account, channel, language, market, zone, hours, sla) in found {
            let history = try await OfferedHistory.read(queue: id, hours: try StoredValue.json(hours, as: HoursOfOperation.self),
                                                        timeZone: TimeZone(identifier: zone), in: source)
            result.append(PlanningQueue(
                queueID: QueueID(id), accountID: AccountID(account), channel: try StoredValue.channel(channel),
                language: LanguageCode(language), market: market.map { CountryCode(rawValue: $0) }, timeZone: TimeZoneID(zone),
                sla: try sla.map { try StoredValue.json($0, as: ServiceLevelAgreement.self) },
                historyStart: history.start, intervalMinutes: history.minutes, offered: history.offered,
                averageHandleSeconds: history.averageHandleSeconds, missing: history.missing))
        }
        return try await PlanningQueue.withKnownDays(result, in: source)
    }
}

/// Why planning inputs could not be read, in the scheduler's words.
public enum PlanningError: Error, Equatable, CustomStringConvertible {
    case unknownQueue(String)
    case noOpenQueues(account: String)

    public var description: String {
        switch self {
        case let .unknownQueue(queue): "no open queue \(queue) is known"
        case let .noOpenQueues(account): "client account \(account) is unknown or has no open queue"
        }
    }
}
