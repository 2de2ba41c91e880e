import CallboardDomain
import Foundation
import Logging
import PostgresNIO

/// Writes one batch's agent facts and shifts to the coverage tables: one set-based
/// statement per kind of change; a shift's covered intervals go in one multi-row insert.
struct CoverageWriter {
    let schema: String
    let connection: PostgresConnection
    let logger: Logger

    func write(_ changes: AgentChanges) async throws {
        var hired = ColumnArrays()
        hired.add(changes.hires.map(\.agentID.rawValue))
        hired.add(changes.hires.map { TextList.join($0.languages.map(\.language)) })
        try await connection.execute("""
            INSERT INTO \(schema).agents (agent_id, languages)
            SELECT u.id, \(TextList.sql("u.languages")) FROM UNNEST($1::text[], $2::text[]) AS u(id, languages)
            """, hired, rowCount: changes.hires.count, logger: logger)

        var spoken = ColumnArrays()
        spoken.add(changes.languages.keys.map(\.rawValue))
        spoken.add(changes.languages.values.map { TextList.join($0.map(\.language)) })
        try await connection.execute("""
            UPDATE \(schema).agents t SET languages = \(TextList.sql("u.languages"))
              FROM UNNEST($1::text[], $2::text[]) AS u(id, languages) WHERE t.agent_id = u.id
            """, spoken, rowCount: changes.languages.count, logger: logger)

        try await changes.insertStatusHistory(into: "\(schema).agent_statuses", on: connection, logger: logger)
    }

    func write(_ changes: ScheduleChanges) async throws {
        let cancelled = changes.cancelled
        var keys = ColumnArrays()
        keys.add(cancelled.map(\.agentID.rawValue))
        keys.add(cancelled.map(\.shiftID.rawValue))
        // The shift's queues and span find its interval rows through the primary key.
        try await connection.execute("""
            DELETE FROM \(schema).shift_intervals i
             USING \(schema).shifts s, UNNEST($1::text[], $2::text[]) AS u(agent, shift)
             WHERE s.agent_id = u.agent AND s.shift_id = u.shift
               AND i.queue_id = ANY(s.queues) AND i.interval_start > s.starts_at - interval '1 hour'
               AND i.interval_start < s.ends_at AND i.agent_id = u.agent AND i.shift_id = u.shift
            """, keys, rowCount: cancelled.count, logger: logger)
        try await connection.execute("""
            DELETE FROM \(schema).shifts s USING UNNEST($1::text[], $2::text[]) AS u(agent, shift)
             WHERE s.agent_id = u.agent AND s.shift_id = u.shift
            """, keys, rowCount: cancelled.count, logger: logger)

        let planned = changes.planned
        try await insertShifts(planned)
        try await insertIntervals(planned)
    }

    private func insertShifts(_ shifts: [ShiftPlanned]) async throws {
        var rows = ColumnArrays()
        rows.add(shifts.map(\.agentID.rawValue))
        rows.add(shifts.map(\.shiftID.rawValue))
        rows.add(shifts.map(\.siteID.rawValue))
        rows.add(shifts.map(\.timeZone.rawValue))
        rows.add(shifts.map(\.localStart.description))
        rows.add(shifts.map(\.localEnd.description))
        try rows.add(shifts.map(\.start))
        try rows.add(shifts.map(\.end))
        rows.add(shifts.map(\.workedSeconds))
        rows.add(shifts.map { TextList.join($0.queues) })
        try await connection.execute("""
            INSERT INTO \(schema).shifts (agent_id, shift_id, site_id, time_zone, local_start, local_end,
                                          starts_at, ends_at, worked_seconds, queues)
            SELECT u.agent, u.shift, u.site, u.zone, u.local_start::timestamp, u.local_end::timestamp,
                   u.starts_at, u.ends_at, u.worked, \(TextList.sql("u.queues"))
              FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                          $7::timestamptz[], $8::timestamptz[], $9::int8[], $10::text[])
                   AS u(agent, shift, site, zone, local_start, local_end, starts_at, ends_at, worked, queues)
            """, rows, rowCount: shifts.count, logger: logger)
    }

    private func insertIntervals(_ shifts: [ShiftPlanned]) async throws {
        var queues: [String] = [], starts: [Date] = [], agents: [String] = []
        var shiftIDs: [String] = [], sites: [String] = [], worked: [Int] = []
        for shift in shifts {
            let coverage = shift.coverage(CoverageGrid.length)
            for queue in shift.queues {
                for interval in coverage {
                    queues.append(queue.rawValue)
                    starts.append(interval.start)
                    agents.append(shift.agentID.rawValue)
                    shiftIDs.append(shift.shiftID.rawValue)
                    sites.append(shift.siteID.rawValue)
                    worked.append(interval.workedSeconds)
                }
            }
        }
        var rows = ColumnArrays()
        rows.add(queues)
        try rows.add(starts)
        rows.add(agents)
        rows.add(shiftIDs)
        rows.add(sites)
        rows.add(worked)
        try await connection.execute("""
            INSERT INTO \(schema).shift_intervals (queue_id, interval_start, agent_id, shift_id, site_id, worked_seconds)
            SELECT * FROM UNNEST($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::int8[])
            """, rows, rowCount: queues.count, logger: logger)
    }
}
