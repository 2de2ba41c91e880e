import CallboardDomain
import Logging
import PostgresNIO

/// Writes one batch's site and agent changes to the roster tables: one set-based
/// statement per kind of change, rows first inserted, then updated to the batch's end state.
struct RosterWriter {
    let schema: String
    let connection: PostgresConnection
    let logger: Logger

    func write(_ changes: SiteChanges) async throws {
        var opened = ColumnArrays()
        opened.add(changes.openings.map(\.siteID.rawValue))
        opened.add(changes.openings.map(\.name))
        opened.add(changes.openings.map(\.country.rawValue))
        opened.add(changes.openings.map(\.timeZone.rawValue))
        opened.add(changes.openings.map(\.seats))
        opened.add(changes.openings.map { TextList.join($0.languages) })
        opened.add(changes.openings.map(\.openedOn.description))
        try await connection.execute("""
            INSERT INTO \(schema).sites (site_id, name, country, time_zone, seats, languages, opened_on)
            SELECT u.id, u.name, u.country, u.zone, u.seats, \(TextList.sql("u.languages")), u.opened::date
              FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::int8[], $6::text[], $7::text[])
                   AS u(id, name, country, zone, seats, languages, opened)
            """, opened, rowCount: changes.openings.count, logger: logger)

        var seats = ColumnArrays()
        seats.add(changes.seats.keys.map(\.rawValue))
        seats.add(Array(changes.seats.values))
        try await connection.execute("""
            UPDATE \(schema).sites t SET seats = u.seats
              FROM UNNEST($1::text[], $2::int8[]) AS u(id, seats) WHERE t.site_id = u.id
            """, seats, rowCount: changes.seats.count, logger: logger)

        var closed = ColumnArrays()
        closed.add(changes.closures.keys.map(\.rawValue))
        closed.add(changes.closures.values.map(\.description))
        try await connection.execute("""
            UPDATE \(schema).sites t SET closed_on = u.closed::date
              FROM UNNEST($1::text[], $2::text[]) AS u(id, closed) WHERE t.site_id = u.id
            """, closed, rowCount: changes.closures.count, logger: logger)
    }

    func write(_ changes: AgentChanges) async throws {
        var hired = ColumnArrays()
        hired.add(changes.hires.map(\.agentID.rawValue))
        hired.add(changes.hires.map(\.siteID.rawValue))
        hired.add(changes.hires.map(\.name))
        hired.add(changes.hires.map(\.hiredOn.description))
        hired.add(changes.hires.map { TextList.join($0.skills) })
        try await connection.execute("""
            INSERT INTO \(schema).agents (agent_id, site_id, name, status, status_since, hired_on, skills)
            SELECT u.id, u.site, u.name, '\(AgentStatus.training.rawValue)', u.hired::date, u.hired::date,
                   \(TextList.sql("u.skills"))
              FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, site, name, hired, skills)
            """, hired, rowCount: changes.hires.count, logger: logger)

        var moved = ColumnArrays()
        moved.add(changes.sites.keys.map(\.rawValue))
        moved.add(changes.sites.values.map(\.rawValue))
        try await connection.execute("""
            UPDATE \(schema).agents t SET site_id = u.site
              FROM UNNEST($1::text[], $2::text[]) AS u(id, site) WHERE t.agent_id = u.id
            """, moved, rowCount: changes.sites.count, logger: logger)

        let statuses = changes.latestStatuses
        var status = ColumnArrays()
        status.add(statuses.map(\.agentID.rawValue))
        status.add(statuses.map(\.status.rawValue))
        status.add(statuses.map(\.effectiveOn.description))
        try await connection.execute("""
            UPDATE \(schema).agents t SET status = u.status, status_since = u.since::date
              FROM UNNEST($1::text[], $2::text[], $3::text[]) AS u(id, status, since) WHERE t.agent_id = u.id
            """, status, rowCount: statuses.count, logger: logger)

        var skills = ColumnArrays()
        skills.add(changes.skills.keys.map(\.rawValue))
        skills.add(changes.skills.values.map { TextList.join($0) })
        try await connection.execute("""
            UPDATE \(schema).agents t SET skills = \(TextList.sql("u.skills"))
              FROM UNNEST($1::text[], $2::text[]) AS u(id, skills) WHERE t.agent_id = u.id
            """, skills, rowCount: changes.skills.count, logger: logger)

        try await writeLanguages(changes)
    }

    /// Replaces the languages of every agent hired or re-skilled in the batch.
    private func writeLanguages(_ changes: AgentChanges) async throws {
        var final: [AgentID: [LanguageSkill]] = [:]
        for hire in changes.hires { final[hire.agentID] = hire.languages }
        final.merge(changes.languages) { _, changed in changed }
        var agents = ColumnArrays()
        agents.add(final.keys.map(\.rawValue))
        try await connection.execute(
            "DELETE FROM \(schema).agent_languages WHERE agent_id = ANY($1::text[])",
            agents, rowCount: final.count, logger: logger)

        let rows = final.flatMap { agent, skills in skills.map { (agent, $0) } }
        var spoken = ColumnArrays()
        spoken.add(rows.map(\.0.rawValue))
        spoken.add(rows.map(\.1.language.rawValue))
        spoken.add(rows.map(\.1.proficiency.rawValue))
        try await connection.execute("""
            INSERT INTO \(schema).agent_languages (agent_id, language, proficiency)
            SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[])
            """, spoken, rowCount: rows.count, logger: logger)
    }
}
