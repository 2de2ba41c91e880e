import CallboardDomain
import PostgresNIO

/// The open queues that require a training program, with the program, from the client
/// accounts and certifications read models.
struct ProgramQueue {
    let queueID: QueueID
    let accountID: AccountID
    let channel: CallboardDomain.Channel
    let language: LanguageCode
    let programID: ProgramID

    /// Of one account when `account` is given; unknown accounts are an error.
    static func read(account: AccountID?, in source: ReadModelSource) async throws -> [ProgramQueue] {
        if let account { _ = try await AccountQueue.all(of: account, in: source) }
        let rows = try await source.connection.query("""
            SELECT q.queue_id, q.account_id, q.channel, q.language, qp.program_id
              FROM \(unescaped: source.schemas.clientAccounts).queues q
              JOIN \(unescaped: source.schemas.certifications).queue_programs qp ON qp.queue_id = q.queue_id
             WHERE q.closed_on IS NULL AND (\(account?.rawValue)::text IS NULL OR q.account_id = \(account?.rawValue))
             ORDER BY q.queue_id
            """, logger: source.logger)
        var queues: [ProgramQueue] = []
        for try await (queue, accountID, channel, language, program) in rows.decode((String, String, String, String, String).self) {
            queues.append(ProgramQueue(
                queueID: QueueID(queue), accountID: AccountID(accountID), channel: try StoredValue.channel(channel),
                language: LanguageCode(language), programID: ProgramID(program)))
        }
        return queues
    }
}
