import EventStore
import Logging
import PostgresNIO

/// A read model kept current from the event log: tables in a schema of its own,
/// written only by applying events in log order.
///
/// The engine calls ``apply(_:in:on:logger:)`` inside the transaction that also moves
/// the projection's checkpoint, so a batch is applied exactly once or not at all. A
/// projection never reads the clock or anything outside the events and its own tables,
/// so rebuilding it from the first event gives the same result.
///
/// An event `apply` cannot take (it throws a poison error: see ``ApplyFailure``) does not
/// stop the read model: the engine rolls back that event's effects alone, quarantines it
/// and applies the rest (``applySettingAsidePoison(_:in:on:logger:)``). So `apply` must give
/// the same tables for any split of the log into batches, single events included, and
/// must refuse what it cannot store by throwing, never by trapping (bind instants checked
/// by ``StorableInstant``).
public protocol Projection: Sendable {
    /// A stable, lowercase name (`[a-z0-9_]+`): the checkpoint row, the live schema
    /// `rm_<name>` and the rebuild schema are named after it.
    var name: String { get }

    /// The event types the read model applies, or nil for every type. The engine reads
    /// only these from the log (its checkpoint still moves past the others), so a read
    /// model of a few rare types does not pay for reading the whole log.
    var eventTypes: Set<String>? { get }

    /// Creates the read model's empty tables in `schema` (which exists and is empty).
    func createTables(in schema: String, on connection: PostgresConnection, logger: Logger) async throws

    /// Applies `events`, in order, to the tables in `schema`, inside the caller's transaction.
    func apply(_ events: [RecordedEvent], in schema: String, on connection: PostgresConnection, logger: Logger) async throws

    /// The version of the read model's tables: raise it when a change of ``createTables(in:on:logger:)``
    /// or ``apply(_:in:on:logger:)`` makes tables built by the previous code wrong for the new
    /// one. A database whose live tables were built at another version rebuilds them, from the
    /// log, when the engine installs (``ProjectionEngine/install()``). 1 unless stated.
    var tablesVersion: Int { get }
}

extension Projection {
    /// Every event type, unless the read model says otherwise.
    public var eventTypes: Set<String>? { nil }

    /// The first version of a read model's tables.
    public var tablesVersion: Int { 1 }

    /// The schema readers query: `rm_<name>`.
    public var liveSchema: String { "rm_\(name)" }

    /// Where a rebuild builds the fresh tables before swapping them in.
    var rebuildSchema: String { "rm_\(name)_rebuild" }

    /// The key of the transaction-level advisory lock held while a batch is applied or
    /// a rebuild is swapped in; derived from the name, stable across processes.
    var applyLockKey: Int64 { AdvisoryLockKey.named("callboard.projection.apply.\(name)") }

    /// The key of the session-level advisory lock the leader holds while it runs.
    var leaderLockKey: Int64 { AdvisoryLockKey.named("callboard.projection.leader.\(name)") }
}
