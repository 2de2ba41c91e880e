import CallboardDomain
import EventStore
import Foundation
import Logging
import PostgresNIO

/// Writes one batch of award facts: the sites' clocks and agents' placements and statuses
/// first, so the facts of the same batch recorded after them find them; then each kind of
/// fact in one set-based statement, bucketed by ``SiteMonthBucket`` among what was recorded
/// before it; work figures are added to the month's totals.
struct AwardFactsWriter {
    let schema: String
    let connection: PostgresConnection
    let logger: Logger

    func write(_ changes: AwardFactsChanges) async throws {
        try await writeSitesAndAgents(changes)
        try await writeWork(changes.work)
        try await writeDated(changes.qa, table: "qa_scores", value: "u.value")
        try await writeDated(changes.csat, table: "csat_scores", value: "u.value::integer")
        try await writeDated(changes.commendations, table: "commendations", value: nil)
        try await writeCases(changes)
        try await writeSourceEvents(changes.sourceEvents)
    }

    private func writeSitesAndAgents(_ changes: AwardFactsChanges) async throws {
        let sites = changes.sites
        var siteRows = ColumnArrays()
        siteRows.add(sites.map(\.siteID.rawValue))
        siteRows.add(sites.map(\.timeZone.rawValue))
        siteRows.add(sites.map(\.recorded.transaction))
        siteRows.add(sites.map(\.recorded.position))
        try await connection.execute("""
            INSERT INTO \(schema).sites (site_id, time_zone, transaction_id, position)
            SELECT * FROM UNNEST($1::text[], $2::text[], $3::int8[], $4::int8[])
            ON CONFLICT DO NOTHING
            """, siteRows, rowCount: sites.count, logger: logger)

        let placements = changes.placements
        var placed = ColumnArrays()
        placed.add(placements.map(\.agentID.rawValue))
        placed.add(placements.map(\.effectiveOn.description))
        placed.add(placements.map(\.recorded.position))
        placed.add(placements.map(\.siteID.rawValue))
        placed.add(placements.map(\.recorded.transaction))
        try await connection.execute("""
            INSERT INTO \(schema).agent_sites (agent_id, effective_on, position, site_id, transaction_id)
            SELECT u.agent, u.day::date, u.position, u.site, u.transaction
              FROM UNNEST($1::text[], $2::text[], $3::int8[], $4::text[], $5::int8[])
                   AS u(agent, day, position, site, transaction)
            """, placed, rowCount: placements.count, logger: logger)

        try await changes.agents.insertStatusHistory(into: "\(schema).agent_statuses", on: connection, logger: logger)
    }

    private func writeWork(_ work: [AwardFactsChanges.Work]) async throws {
        var rows = ColumnArrays()
        rows.add(work.map(\.agentID.rawValue))
        rows.add(work.map(\.queueID.rawValue))
        try rows.add(work.map(\.start))
        rows.add(work.map(\.recorded.transaction))
        rows.add(work.map(\.recorded.position))
        for column in 0..<5 { rows.add(work.map { $0.figures[column] }) }
        try await connection.execute("""
            INSERT INTO \(schema).work AS t (site_id, month, agent_id, queue_id, contacts, handle_seconds, resolutions,
                                             scheduled_seconds, adherent_seconds)
            SELECT b.site, b.month, u.agent, u.queue, sum(u.contacts), sum(u.handle), sum(u.resolutions),
                   sum(u.scheduled), sum(u.adherent)
              FROM UNNEST($1::text[], $2::text[], $3::timestamptz[], $4::int8[], $5::int8[], $6::int8[], $7::int8[],
                          $8::int8[], $9::int8[], $10::int8[])
                   AS u(agent, queue, at, transaction, position, contacts, handle, resolutions, scheduled, adherent)
              \(SiteMonthBucket.join(schema: schema, fact: "u"))
             GROUP BY 1, 2, 3, 4
            ON CONFLICT (site_id, month, agent_id, queue_id) DO UPDATE SET
                contacts = t.contacts + EXCLUDED.contacts, handle_seconds = t.handle_seconds + EXCLUDED.handle_seconds,
                resolutions = t.resolutions + EXCLUDED.resolutions,
                scheduled_seconds = t.scheduled_seconds + EXCLUDED.scheduled_seconds,
                adherent_seconds = t.adherent_seconds + EXCLUDED.adherent_seconds
            """, rows, rowCount: work.count, logger: logger)
    }

    /// Scores (or commendations, which have no value) into `table`, one row per event.
    private func writeDated(_ facts: [AwardFactsChanges.Dated], table: String, value: String?) async throws {
        var rows = ColumnArrays()
        rows.add(facts.map(\.agentID.rawValue))
        try rows.add(facts.map(\.at))
        rows.add(facts.map(\.recorded.transaction))
        rows.add(facts.map(\.recorded.position))
        rows.add(facts.map(\.value))
        try await connection.execute("""
            INSERT INTO \(schema).\(table) (site_id, month, agent_id, position\(value == nil ? "" : ", score"))
            SELECT b.site, b.month, u.agent, u.position\(value.map { ", \($0)" } ?? "")
              FROM UNNEST($1::text[], $2::timestamptz[], $3::int8[], $4::int8[], $5::float8[])
                   AS u(agent, at, transaction, position, value)
              \(SiteMonthBucket.join(schema: schema, fact: "u"))
            """, rows, rowCount: facts.count, logger: logger)
    }

    private func writeCases(_ changes: AwardFactsChanges) async throws {
        let opened = changes.casesOpened
        var rows = ColumnArrays()
        rows.add(opened.map(\.agentID.rawValue))
        rows.add(opened.map(\.caseID))
        rows.add(opened.map(\.openedOn.description))
        rows.add(opened.map(\.reason))
        try await connection.execute("""
            INSERT INTO \(schema).disciplinary_cases (agent_id, case_id, opened_on, reason)
            SELECT u.agent, u.id, u.day::date, u.reason FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[])
                   AS u(agent, id, day, reason)
            """, rows, rowCount: opened.count, logger: logger)

        // The last closing of each case counts (an UPDATE joined to two would take either).
        var last: [String: DisciplinaryCaseClosed] = [:]
        for closing in changes.casesClosed { last["\(closing.agentID)|\(closing.caseID)"] = closing }
        let closed = Array(last.values)
        var closings = ColumnArrays()
        closings.add(closed.map(\.agentID.rawValue))
        closings.add(closed.map(\.caseID))
        closings.add(closed.map(\.closedOn.description))
        try await connection.execute("""
            UPDATE \(schema).disciplinary_cases t SET closed_on = u.day::date
              FROM UNNEST($1::text[], $2::text[], $3::text[]) AS u(agent, id, day)
             WHERE t.agent_id = u.agent AND t.case_id = u.id
            """, closings, rowCount: closed.count, logger: logger)
    }

    private func writeSourceEvents(_ events: [RecordedEvent]) async throws {
        var rows = ColumnArrays()
        rows.add(events.map(\.streamID.rawValue))
        rows.add(events.map(\.streamVersion))
        rows.add(events.map(\.type))
        rows.add(events.map(\.schemaVersion))
        rows.add(events.map(\.payload))
        try await connection.execute("""
            INSERT INTO \(schema).source_events (stream_id, stream_version, type, schema_version, payload)
            SELECT u.stream, u.version, u.type, u.schema_version, u.payload
              FROM UNNEST($1::text[], $2::int8[], $3::text[], $4::int8[], $5::text[])
                   AS u(stream, version, type, schema_version, payload)
            """, rows, rowCount: events.count, logger: logger)
    }
}
