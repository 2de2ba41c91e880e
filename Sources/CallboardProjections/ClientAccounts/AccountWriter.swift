import CallboardDomain
import CallboardImport
import Foundation
import Logging
import PostgresNIO

/// Writes one batch's account, queue and SLA changes: one set-based statement per kind.
struct AccountWriter {
    let schema: String
    let connection: PostgresConnection
    let logger: Logger

    func writeAccounts(_ changes: AccountChanges) async throws {
        let signed = changes.signings
        var rows = ColumnArrays()
        rows.add(signed.map(\.accountID.rawValue))
        rows.add(signed.map(\.name))
        rows.add(signed.map { TextList.join($0.markets) })
        rows.add(signed.map { TextList.join($0.brands) })
        rows.add(signed.map { TextList.join($0.channels) })
        rows.add(signed.map { TextList.join($0.languages) })
        rows.add(signed.map(\.signedOn.description))
        try await connection.execute("""
            INSERT INTO \(schema).accounts (account_id, name, markets, brands, channels, languages, signed_on)
            SELECT u.id, u.name, \(TextList.sql("u.markets")), \(TextList.sql("u.brands")),
                   \(TextList.sql("u.channels")), \(TextList.sql("u.languages")), u.signed::date
              FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
                   AS u(id, name, markets, brands, channels, languages, signed)
            """, rows, rowCount: signed.count, logger: logger)

        var offboarded = ColumnArrays()
        offboarded.add(changes.offboardings.keys.map(\.rawValue))
        offboarded.add(changes.offboardings.values.map(\.description))
        try await connection.execute("""
            UPDATE \(schema).accounts t SET offboarded_on = u.day::date
              FROM UNNEST($1::text[], $2::text[]) AS u(id, day) WHERE t.account_id = u.id
            """, offboarded, rowCount: changes.offboardings.count, logger: logger)
    }

    func writeQueues(_ changes: AccountChanges) async throws {
        let opened = changes.openings
        var rows = ColumnArrays()
        rows.add(opened.map(\.queueID.rawValue))
        rows.add(opened.map(\.accountID.rawValue))
        rows.add(opened.map(\.channel.rawValue))
        rows.add(opened.map(\.language.rawValue))
        rows.add(opened.map { $0.market?.rawValue ?? "" })
        rows.add(opened.map(\.timeZone.rawValue))
        rows.add(try opened.map { try Self.json($0.hours) })
        rows.add(opened.map { FieldSyntax.text($0.hours) })
        try await connection.execute("""
            INSERT INTO \(schema).queues (queue_id, account_id, channel, language, market, time_zone, hours, hours_text)
            SELECT u.id, u.account, u.channel, u.language, NULLIF(u.market, ''), u.zone, u.hours::jsonb, u.hours_text
              FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
                   AS u(id, account, channel, language, market, zone, hours, hours_text)
            """, rows, rowCount: opened.count, logger: logger)

        var closed = ColumnArrays()
        closed.add(changes.closures.keys.map(\.rawValue))
        closed.add(changes.closures.values.map(\.description))
        try await connection.execute("""
            UPDATE \(schema).queues t SET closed_on = u.day::date
              FROM UNNEST($1::text[], $2::text[]) AS u(id, day) WHERE t.queue_id = u.id
            """, closed, rowCount: changes.closures.count, logger: logger)

        let slas = changes.slas
        var timeline = ColumnArrays()
        timeline.add(slas.map(\.queueID.rawValue))
        try timeline.add(slas.map(\.effectiveFrom))
        timeline.add(try slas.map { try Self.json($0.sla) })
        timeline.add(slas.map(\.sla.description))
        try await connection.execute("""
            INSERT INTO \(schema).queue_slas (queue_id, effective_from, sla, description)
            SELECT u.id, u.effective_from, u.sla::jsonb, u.description
              FROM UNNEST($1::text[], $2::timestamptz[], $3::text[], $4::text[]) AS u(id, effective_from, sla, description)
            ON CONFLICT (queue_id, effective_from) DO UPDATE SET sla = EXCLUDED.sla, description = EXCLUDED.description
            """, timeline, rowCount: slas.count, logger: logger)
    }

    /// A domain value in the events' own JSON form, so reports decode it back unchanged.
    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try EventJSON.makeEncoder().encode(value), as: UTF8.self)
    }
}
