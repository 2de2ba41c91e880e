import CallboardDomain
import EventStore

/// Carries out one command against the event store: loads the command's stream, folds it,
/// gathers the context the decision needs from other streams, decides, and appends the events
/// expecting the version it read. When another writer got there first it starts over, a few
/// times; when the domain refuses, it throws the decider's own `Rejection` and appends nothing.
public struct CommandRunner: Sendable {
    public let store: EventLog
    public let actor: String

    /// Attempts before a conflict with other writers is given up on.
    public static let maximumAttempts = 3

    public init(store: EventLog, actor: String) {
        self.store = store
        self.actor = actor
    }

    /// Decides and appends `command`; returns the events appended (none when the command
    /// changes nothing, e.g. setting the seats a site already has).
    ///
    /// - Throws: `Rules.Rejection` when the domain refuses; `AppendError` after
    ///   `maximumAttempts` conflicts; database errors as they come.
    func run<Rules: StreamCategory>(
        _ rules: Rules.Type, _ command: Rules.Command, source: String,
        context: @Sendable () async throws -> Rules.Context
    ) async throws -> [Rules.Event] {
        let origin = ChangeOrigin(actor: actor, source: source)
        for _ in 1..<Self.maximumAttempts {
            do {
                return try await decideAndAppend(rules, command, origin, context)
            } catch AppendError.wrongExpectedVersion {
                continue
            }
        }
        return try await decideAndAppend(rules, command, origin, context)
    }

    /// One attempt: read, decide, append expecting the version read.
    private func decideAndAppend<Rules: StreamCategory>(
        _ rules: Rules.Type, _ command: Rules.Command, _ origin: ChangeOrigin,
        _ context: @Sendable () async throws -> Rules.Context
    ) async throws -> [Rules.Event] {
        let stream = try await StreamLoader<Rules>(store: store).stream(Rules.streamID(for: command))
        let events = try Rules.decide(command, state: stream.state, context: try await context())
        guard !events.isEmpty else { return [] }
        try await store.append(to: stream.id.stored, expecting: stream.expectedVersion,
                               try events.map { try $0.newEvent(metadata: origin.metadata) })
        return events
    }
}
