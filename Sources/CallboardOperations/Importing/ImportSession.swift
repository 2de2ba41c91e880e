import CallboardDomain
import CallboardImport
import EventStore
import Foundation

/// One import of one file, all or nothing: parse every row, read each touched stream once,
/// decide every row, and only if no row has a problem append all events in one bulk append,
/// expecting every stream at the version it was read at (so a concurrent change fails the
/// import instead of mixing with it).
struct ImportSession<Format: ImportBinding> {
    let store: EventLog
    let origin: ChangeOrigin

    func run(text: String, file: String) async throws -> ImportReport {
        let parsed = ParsedImport<Format>(text: text, file: file)
        let decisions: RowDecisions<Format>
        let appended: Int
        let pending: [LoadedStream<Format.Rules>]
        do {
            decisions = try await decide(parsed)
            pending = decisions.pendingStreams
            appended = try await append(pending)
        } catch let interruption as WriteInterrupted {
            throw ImportInterrupted(file: file, appending: interruption)
        } catch let interruption as DatabaseInterruption {
            throw ImportInterrupted(file: file, reading: interruption)
        }
        var byType: [String: Int] = [:]
        for event in pending.flatMap(\.pending) { byType[event.eventType, default: 0] += 1 }
        return ImportReport(
            kind: Format.kind, file: file, rowsRead: parsed.rowCount, rowsAlreadyStored: decisions.rowsAlreadyStored,
            eventsAppended: appended, eventsByType: byType)
    }

    /// Every parsed row decided against the stored state.
    ///
    /// - Throws: `ImportRejection` with the parsing problems and the domain's refusals.
    private func decide(_ parsed: ParsedImport<Format>) async throws -> RowDecisions<Format> {
        if parsed.rows.isEmpty, !parsed.problems.isEmpty {
            throw ImportRejection(file: parsed.file, problems: parsed.problems)  // nothing to decide
        }
        let touched = Set(parsed.rows.flatMap { $0.commands.map(Format.Rules.streamID(for:)) })
        let known = try await KnownEntities.load(Format.references, from: store)
        var decisions = RowDecisions<Format>(streams: try await StreamLoader<Format.Rules>(store: store).load(touched),
                                             known: known)
        var problems = parsed.problems
        for row in parsed.rows {
            problems += decisions.decide(row).map { ImportProblem(file: parsed.file, line: row.line, $0) }
        }
        guard problems.isEmpty else { throw ImportRejection(file: parsed.file, problems: problems) }
        return decisions
    }

    /// All pending events in one bulk append; returns how many were written. The payloads
    /// are encoded as the COPY reaches them, while PostgreSQL writes the rows before.
    private func append(_ streams: [LoadedStream<Format.Rules>]) async throws -> Int {
        let metadata = origin.metadata
        let appends = streams.map { stream in
            let pending = stream.pending
            let ids = pending.map(\.eventID)
            return BulkStreamAppend(stream: stream.id.stored, expected: stream.expectedVersion, ids: ids) { range in
                // One encoder per batch, not one per event.
                let encoder = EventJSON.makeEncoder()
                return try range.map { index in
                    let event = pending[index]
                    return NewEvent(id: ids[index], type: event.eventType, schemaVersion: event.schemaVersion,
                             payload: String(decoding: try encoder.encode(event.payload), as: UTF8.self),
                             metadata: metadata)
                }
            }
        }
        return try await store.appendBulk(appends).appended
    }
}
