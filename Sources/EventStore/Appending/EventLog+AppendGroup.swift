import PostgresNIO

extension EventLog {
    /// Makes a group of single-event appends in one call and one commit
    /// (`append_single_events`, migration 0006) and answers each request.
    ///
    /// Each append is checked on its own: a wrong expected version or a clashing id refuses
    /// that append alone. An append whose stream or id another transaction held (the call
    /// waits at most 100 ms for a lock) is made alone afterwards, on a task of its own, so it
    /// holds up neither its group nor the next. If the call as a whole fails on the server (a deadlock, a schema
    /// without migration 0006), nothing of it was written and the appends are made one by
    /// one; if the database cannot be reached, each appender gets that error, as it would
    /// have alone.
    func appendGroup(_ group: [GroupCommit.Request]) async {
        guard group.count > 1 else {
            for request in group { await appendAlone(answering: request) }
            return
        }
        let statement = AppendSingleEventsStatement(group: group)
        let rows: [AppendSingleEventsStatement.Row]
        do {
            // Idempotent like a lone append: a retry after a lost connection finds the
            // appends that committed stored and writes nothing twice.
            rows = try await withConnection(
                "append a group of \(group.count) single events", attempts: configuration.deadlines.writeAttempts
            ) { [logger, statementMode] connection in
                try await statementMode.rows(of: statement, on: connection, logger: logger)
            }
        } catch is PSQLError {
            logger.debug("group append refused as a whole; appending one by one", metadata: ["appends": "\(group.count)"])
            for request in group { await appendAlone(answering: request) }
            return
        } catch {
            for request in group { request.reply.resume(throwing: error) }
            return
        }

        var answered = Array(repeating: false, count: group.count)
        var busy: [GroupCommit.Request] = []
        var lastPosition: Int64?
        for (ordinal, version, position, stored, refusal, detail) in rows {
            let index = Int(ordinal) - 1
            guard group.indices.contains(index), !answered[index] else { continue }
            let request = group[index]
            switch refusal {
            case nil:
                guard let version, let position, let stored else { continue }
                answered[index] = true
                if !stored { lastPosition = max(lastPosition ?? position, position) }
                request.reply.resume(returning: AppendResult(
                    streamID: request.stream, streamVersion: version, firstPosition: position, lastPosition: position,
                    wasAlreadyStored: stored))
            case "55P03":
                answered[index] = true
                busy.append(request)
            case "CB001":
                answered[index] = true
                request.reply.resume(throwing: AppendError.wrongExpectedVersion(
                    stream: request.stream, expected: request.expected, actual: detail.flatMap { Int64($0) } ?? -1))
            default:
                answered[index] = true
                request.reply.resume(throwing: AppendError.duplicateEventIDs(stream: request.stream, detail: detail ?? ""))
            }
        }
        if let lastPosition { announceAppend(upTo: lastPosition) }
        for request in busy {
            Task { await appendAlone(answering: request) }
        }
        // Not answered by the call (never expected): made alone, which finds it stored if
        // the group wrote it.
        for index in group.indices where !answered[index] {
            await appendAlone(answering: group[index])
        }
    }

    private func appendAlone(answering request: GroupCommit.Request) async {
        do {
            request.reply.resume(returning: try await appendAlone(to: request.stream, expecting: request.expected, [request.event]))
        } catch {
            request.reply.resume(throwing: error)
        }
    }
}
