import CallboardDomain
import Foundation
import PostgresNIO
import Projections

/// Reads one ``AccountProfile`` from the client accounts read model, in two statements.
public struct AccountProfileQuery: ReportQuery {
    public let accountID: AccountID

    public init(accountID: AccountID) { self.accountID = accountID }

    public var readModels: [any Projection] { [ClientAccountsProjection()] }

    public func read(from source: ReadModelSource) async throws -> AccountProfile {
        let schema = source.schemas.clientAccounts
        let accounts = try await source.connection.query("""
            SELECT name, markets, brands, channels, languages, signed_on::text, offboarded_on::text
              FROM \(unescaped: schema).accounts WHERE account_id = \(accountID.rawValue)
            """, logger: source.logger)
        var found: (String, [String], [String], [String], [String], String, String?)?
        for try await row in accounts.decode((String, [String], [String], [String], [String], String, String?).self) {
            found = row
        }
        guard let (name, markets, brands, channels, languages, signed, offboarded) = found else {
            throw ReportError.unknownAccount(accountID.rawValue)
        }
        return AccountProfile(
            accountID: accountID, name: name, markets: markets, brands: brands, channels: channels, languages: languages,
            signedOn: try StoredValue.date(signed), offboardedOn: try offboarded.map(StoredValue.date),
            queues: try await queues(source))
    }

    private func queues(_ source: ReadModelSource) async throws -> [QueueProfile] {
        let schema = source.schemas.clientAccounts
        let rows = try await source.connection.query("""
            SELECT q.queue_id, q.channel, q.language, q.market, q.time_zone, q.hours_text, q.closed_on::text,
                   s.effective_from, s.sla::text, s.description
              FROM \(unescaped: schema).queues q
              LEFT JOIN \(unescaped: schema).queue_slas s ON s.queue_id = q.queue_id
             WHERE q.account_id = \(accountID.rawValue)
             ORDER BY q.queue_id, s.effective_from
            """, logger: source.logger)
        var queues: [QueueProfile] = []
        var slas: [SLAPeriod] = []
        var current: (String, String, String, String?, String, String, String?)?
        func close() throws {
            guard let (id, channel, language, market, zone, hours, closed) = current else { return }
            queues.append(QueueProfile(
                queueID: QueueID(id), channel: try StoredValue.channel(channel), language: LanguageCode(language),
                market: market, timeZone: TimeZoneID(zone), hours: hours, closedOn: try closed.map(StoredValue.date),
                slas: slas))
            slas = []
        }
        for try await (id, channel, language, market, zone, hours, closed, from, sla, description) in rows.decode(
            (String, String, String, String?, String, String, String?, Date?, String?, String?).self
        ) {
            if current?.0 != id {
                try close()
                current = (id, channel, language, market, zone, hours, closed)
            }
            if let from, let sla, let description {
                slas.append(SLAPeriod(
                    effectiveFrom: from, sla: try StoredValue.json(sla, as: ServiceLevelAgreement.self),
                    description: description))
            }
        }
        try close()
        return queues
    }
}
