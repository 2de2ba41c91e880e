import EventStore
import PostgresNIO

/// Where the engine's read models stand against the readable log, as one round trip finds
/// them: which are not installed (or installed before read models kept their history, or
/// built at another version of their tables, so ``ProjectionEngine/install()`` would rebuild
/// them), which have readable events after their checkpoint, and the readable head.
///
/// It exists so a one-shot reader (a CLI report) pays one query when nothing is new, instead
/// of installing and catching up every read model (a dozen transactions of several round
/// trips each) only to find them current.
public struct ReadModelFreshness: Sendable, Equatable {
    /// Read models without a checkpoint row, without their history tables, or built at
    /// another version of their tables.
    public let needingInstall: [String]
    /// Installed read models whose checkpoint is below the readable head.
    public let behind: [String]
    /// The readable head: the last event below the log's read horizon (of a transaction
    /// older than every running one that could write this log, schema/0032).
    public let head: LogCheckpoint
    /// Whether committed events wait above the head, behind a transaction of this database
    /// still running (the readers' horizon): a reader that needs them has to wait for it to
    /// end. A transaction running in another database of the server holds nothing back.
    public let heldBack: Bool

    public init(needingInstall: [String], behind: [String], head: LogCheckpoint, heldBack: Bool = false) {
        self.needingInstall = needingInstall
        self.behind = behind
        self.head = head
        self.heldBack = heldBack
    }

    /// Nothing to install and nothing to apply: the read models reflect the readable log.
    public var isCurrent: Bool { needingInstall.isEmpty && behind.isEmpty }
}

extension ProjectionEngine {
    /// Each read model's state against the readable head, in one statement (one snapshot).
    ///
    /// A catch-up moves a checkpoint to the readable head even past events of types the read
    /// model does not apply (``EventLog/readBatch(after:types:limit:floor:on:)``), so a checkpoint at
    /// or past the head means no readable event is left for it, and one below it means a
    /// catch-up has something to apply or to pass over. Events of transactions still running,
    /// or committed behind one (above the horizon), are not readable: a catch-up would not
    /// apply them either.
    public func freshness() async throws -> ReadModelFreshness {
        let names = projections.map(\.name)
        let historyTables = projections.map { "\($0.liveSchema).\(ReadModelHistory.runsTable)" }
        let versions = projections.map { Int32($0.tablesVersion) }
        return try await store.withConnection("checking whether the read models are current", attempts: 2) { [logger] connection in
            let rows = try await connection.query("""
                WITH horizon AS MATERIALIZED (SELECT log_read_horizon() AS xid),
                     head AS (
                    SELECT transaction_id, position FROM events
                     WHERE transaction_id < (SELECT xid FROM horizon)
                     ORDER BY transaction_id DESC, position DESC LIMIT 1)
                SELECT p.name, c.name IS NOT NULL, to_regclass(p.history) IS NOT NULL AND coalesce(c.tables_version = p.version, false),
                       coalesce((c.transaction_id, c.position) < (SELECT h.transaction_id, h.position FROM head h), false),
                       (SELECT h.transaction_id::text FROM head h), (SELECT h.position FROM head h),
                       EXISTS (SELECT 1 FROM events WHERE transaction_id >= (SELECT xid FROM horizon))
                  FROM unnest(\(names)::text[], \(historyTables)::text[], \(versions)::int4[])
                       WITH ORDINALITY AS p(name, history, version, n)
                  LEFT JOIN projection_checkpoints c ON c.name = p.name
                 ORDER BY p.n
                """, logger: logger)
            var needingInstall: [String] = []
            var behind: [String] = []
            var head = LogCheckpoint.start
            var heldBack = false
            for try await (name, installed, kept, isBehind, headTransaction, headPosition, held) in rows.decode(
                (String, Bool, Bool, Bool, String?, Int64?, Bool).self
            ) {
                heldBack = held
                if !installed || !kept { needingInstall.append(name) } else if isBehind { behind.append(name) }
                if let headTransaction, let headPosition {
                    head = LogCheckpoint(transactionText: headTransaction, position: headPosition)
                }
            }
            return ReadModelFreshness(needingInstall: needingInstall, behind: behind, head: head, heldBack: heldBack)
        }
    }

    /// Makes every read model reflect the readable log, doing only what ``freshness()``
    /// finds needed: nothing when all are current; the install (once, for a fresh database or
    /// a read model without history) and a full catch-up when one needs installing; else a
    /// catch-up of the read models that are behind. Each catch-up reaches at least the head
    /// `freshness` found, even if the read horizon stepped back since (it is conservative, not
    /// monotonic: schema/0032). Returns how many events it applied.
    @discardableResult
    public func catchUpWhatIsBehind(_ freshness: ReadModelFreshness) async throws -> Int {
        if freshness.isCurrent { return 0 }
        if !freshness.needingInstall.isEmpty {
            try await install()
            return try await catchUpAll(through: freshness.head)
        }
        var applied = 0
        for projection in projections where freshness.behind.contains(projection.name) {
            applied += try await catchUp(projection, through: freshness.head)
        }
        return applied
    }
}
