import CallboardDomain
import CallboardImport

/// Decides an import's rows one after another against the streams they touch, folding each
/// row's events in before the next row, so a file may build on itself (an agent hired on one
/// row, then corrected figures for the same interval further down).
///
/// A row the domain refuses is still fine when everything it stands for is stored already,
/// as when the same file is imported again: an agent already hired with the same details.
struct RowDecisions<Format: ImportBinding> {
    typealias Rules = Format.Rules

    private(set) var streams: [CallboardDomain.StreamID: LoadedStream<Rules>]
    /// The entities read before the file, plus what earlier rows taught (``ImportBinding/learn(_:into:)``).
    private(set) var known: KnownEntities
    /// Rows that changed nothing: all they stand for was stored already.
    private(set) var rowsAlreadyStored = 0

    init(streams: [CallboardDomain.StreamID: LoadedStream<Rules>], known: KnownEntities) {
        self.streams = streams
        self.known = known
    }

    /// Decides one row; its events are kept only if all of its commands are accepted.
    mutating func decide(_ row: ParsedImport<Format>.Row) -> [ColumnProblem] {
        var changes: [CallboardDomain.StreamID: (state: Rules.State?, events: [Rules.Event])] = [:]
        for command in row.commands {
            let unresolved = Format.unresolved(command, in: known)
            guard unresolved.isEmpty else { return unresolved }
            let id = Rules.streamID(for: command)
            var (state, events) = changes[id] ?? (streams[id]?.state, [])
            do {
                for event in try Rules.decide(command, state: state, context: Format.context(for: command, in: known)) {
                    state = Rules.evolve(state, event)
                    events.append(event)
                }
            } catch {
                guard isAlreadyStored(row) else { return Format.problems(explaining: error) }
                rowsAlreadyStored += 1
                return []
            }
            changes[id] = (state, events)
        }
        if changes.values.allSatisfy(\.events.isEmpty) { rowsAlreadyStored += 1 }
        for (id, change) in changes where !change.events.isEmpty {
            streams[id]?.state = change.state
            streams[id]?.pending += change.events
            if let state = change.state { Format.learn(state, into: &known) }
        }
        return []
    }

    /// Whether the row, decided on streams as they were before anything happened to them,
    /// yields only events its streams hold already.
    private func isAlreadyStored(_ row: ParsedImport<Format>.Row) -> Bool {
        var states: [CallboardDomain.StreamID: Rules.State] = [:]
        for command in row.commands {
            let id = Rules.streamID(for: command)
            guard let stream = streams[id],
                  let events = try? Rules.decide(command, state: states[id], context: Format.context(for: command, in: known))
            else { return false }
            for event in events {
                guard stream.holds(event) else { return false }
                states[id] = Rules.evolve(states[id], event)
            }
        }
        return true
    }

    /// Every stream's pending events, to append in one go.
    var pendingStreams: [LoadedStream<Rules>] { streams.values.filter { !$0.pending.isEmpty } }
}
