import CallboardDomain
import Foundation
import PostgresNIO

/// A client account's queues as reports need them, read from the client accounts model.
struct AccountQueue: Sendable {
    let queueID: QueueID
    let channel: CallboardDomain.Channel
    let language: LanguageCode
    let timeZone: TimeZoneID
    let hours: HoursOfOperation
    let closedOn: LocalDate?

    /// The account's queues, by id; throws when the account is unknown.
    static func all(of account: AccountID, in source: ReadModelSource) async throws -> [AccountQueue] {
        let schema = source.schemas.clientAccounts
        let known = try await source.connection.query(
            "SELECT 1 FROM \(unescaped: schema).accounts WHERE account_id = \(account.rawValue)", logger: source.logger)
        var exists = false
        for try await _ in known { exists = true }
        guard exists else { throw ReportError.unknownAccount(account.rawValue) }
        let rows = try await source.connection.query("""
            SELECT queue_id, channel, language, time_zone, hours::text, closed_on::text
              FROM \(unescaped: schema).queues WHERE account_id = \(account.rawValue) ORDER BY queue_id
            """, logger: source.logger)
        var queues: [AccountQueue] = []
        for try await (id, channel, language, zone, hours, closed) in rows.decode(
            (String, String, String, String, String, String?).self
        ) {
            queues.append(AccountQueue(
                queueID: QueueID(id), channel: try StoredValue.channel(channel), language: LanguageCode(language),
                timeZone: TimeZoneID(zone), hours: try StoredValue.json(hours, as: HoursOfOperation.self),
                closedOn: try closed.map(StoredValue.date)))
        }
        return queues
    }

    /// The market clock most of `queues` run on (ties: the first by name); the default
    /// clock of an account's reports.
    static func commonTimeZone(of queues: [AccountQueue]) -> TimeZoneID? {
        let counts = Dictionary(queues.map { ($0.timeZone.rawValue, 1) }, uniquingKeysWith: +)
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first.map { TimeZoneID($0.key) }
    }
}
