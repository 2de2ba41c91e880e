import Foundation
import PostgresNIO

extension EventLog {
    /// Appends `events` to `stream` in one transaction, after checking `expected`.
    ///
    /// Retrying an append whose event ids are all stored in this stream already is a
    /// success that writes nothing (`wasAlreadyStored`), never a duplicate or a conflict.
    ///
    /// - Throws: ``AppendError`` when the expected version does not hold or the ids
    ///   clash with other stored events; nothing is written then.
    ///
    /// A single-event append made while others of this store are under way joins them in
    /// one call and one commit (``GroupCommit``), with the same checks and answers.
    @discardableResult
    public func append(to stream: StreamID, expecting expected: ExpectedVersion = .any, _ events: [NewEvent]) async throws -> AppendResult {
        if events.count == 1, let event = events.first, let groupCommit {
            return try await groupCommit.append(to: stream, expecting: expected, event, through: self)
        }
        return try await appendAlone(to: stream, expecting: expected, events)
    }

    /// ``append(to:expecting:_:)`` in a call and a transaction of its own (`append_events`).
    func appendAlone(to stream: StreamID, expecting expected: ExpectedVersion, _ events: [NewEvent]) async throws -> AppendResult {
        guard !events.isEmpty else { throw AppendError.empty(stream: stream) }
        let statement = AppendEventsStatement(stream: stream, expected: expected, events: events)
        let result: AppendResult
        do {
            // Idempotent: a retry after a lost connection finds the events stored if the
            // first try committed, and writes nothing twice.
            result = try await withConnection(
                "append to stream \(stream)", attempts: configuration.deadlines.writeAttempts
            ) { [logger, statementMode] connection in
                var found: AppendResult?
                for (version, first, last, stored) in try await statementMode.rows(
                    of: statement, on: connection, logger: logger) {
                    found = AppendResult(
                        streamID: stream, streamVersion: version, firstPosition: first, lastPosition: last, wasAlreadyStored: stored)
                }
                guard let found else { throw AppendError.empty(stream: stream) }
                return found
            }
        } catch let error as PSQLError {
            throw AppendError(translating: error, stream: stream, expected: expected) ?? error
        }
        if !result.wasAlreadyStored {
            announceAppend(upTo: result.lastPosition)
        }
        return result
    }
}

extension AppendError {
    /// The typed refusal behind a database error raised by `append_events`, if it is one.
    init?(translating error: PSQLError, stream: StreamID, expected: ExpectedVersion) {
        switch error.serverInfo?[.sqlState] {
        case "CB001":
            let actual = error.serverInfo?[.detail].flatMap { Int64($0) } ?? -1
            self = .wrongExpectedVersion(stream: stream, expected: expected, actual: actual)
        case "CB002":
            self = .duplicateEventIDs(stream: stream, detail: error.serverInfo?[.detail] ?? "")
        case "23505" where error.serverInfo?[.constraintName] == "events_event_id_key":
            self = .duplicateEventIDs(stream: stream, detail: error.serverInfo?[.detail] ?? "")
        default:
            return nil
        }
    }
}
