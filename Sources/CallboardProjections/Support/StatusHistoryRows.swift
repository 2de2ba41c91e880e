import Logging
import PostgresNIO

extension AgentChanges {
    /// Appends the batch's status changes to an `agent_statuses` table (agent, effective day,
    /// log position, status): the effective-dated history the coverage and award facts models
    /// both keep.
    func insertStatusHistory(into table: String, on connection: PostgresConnection, logger: Logger) async throws {
        var history = ColumnArrays()
        history.add(statusChanges.map(\.agentID.rawValue))
        history.add(statusChanges.map(\.effectiveOn.description))
        history.add(statusChanges.map(\.position))
        history.add(statusChanges.map(\.status.rawValue))
        try await connection.execute("""
            INSERT INTO \(table) (agent_id, effective_on, position, status)
            SELECT u.id, u.effective_on::date, u.position, u.status
              FROM UNNEST($1::text[], $2::text[], $3::int8[], $4::text[]) AS u(id, effective_on, position, status)
            """, history, rowCount: statusChanges.count, logger: logger)
    }
}
