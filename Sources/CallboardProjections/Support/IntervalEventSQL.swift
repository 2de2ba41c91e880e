import CallboardDomain

/// SQL over a row `e` of `events` that reads an `IntervalReported` or `IntervalCorrected`
/// payload as ``ContactIntervalEvent`` decoding does, for the set-based rebuilds of the
/// interval read models (``QueueIntervalsProjection``, ``ServiceLevelHoursProjection``).
///
/// ``regular`` admits only payloads whose meaning is beyond doubt: schema version 1, the
/// queue id in printable ASCII, the start a whole-second UTC instant written
/// `YYYY-MM-DDTHH:MM:SSZ` with a real calendar date, a length of 15, 30 or 60, and every
/// figure (and a correction's revision) an integer within 32 bits written without fraction. An event outside it
/// (quarantined by `apply`, or just written otherwise) is left to the batches. The casts
/// sit behind CASE, which PostgreSQL evaluates in order, so no payload makes them fail.
enum IntervalEventSQL {
    static let types = [IntervalReported.eventType, IntervalCorrected.eventType]

    /// True when the event is read exactly as `apply` reads it.
    static let regular = """
        e.schema_version <= 1 AND jsonb_typeof(e.payload) = 'object'
        AND \(PayloadSQL.asciiString("e.payload", "queueID"))
        AND \(PayloadSQL.intervalLength("e.payload", "length"))
        AND \(PayloadSQL.instant("e.payload", "start"))
        AND CASE e.event_type
            WHEN '\(IntervalReported.eventType)' THEN \(figures("e.payload->'figures'"))
            WHEN '\(IntervalCorrected.eventType)' THEN \(figures("e.payload->'previous'")) AND \(figures("e.payload->'corrected'"))
                AND \(PayloadSQL.int32("e.payload", "revision"))
            ELSE false END
        """

    /// The queue a regular event is about (its rows' group).
    static let queue = "e.payload->>'queueID'"

    /// The columns of a regular event: queue_id, interval_start, interval_minutes, revision
    /// (0 for a report), the six figures as reported or corrected (offered ... handle_seconds)
    /// and, for a correction, the six it replaced (previous_offered ...; 0 for a report).
    static let columns = """
        e.payload->>'queueID' AS queue_id, (e.payload->>'start')::timestamptz AS interval_start,
        (e.payload->>'length')::smallint AS interval_minutes,
        CASE WHEN e.event_type = '\(IntervalCorrected.eventType)' THEN (e.payload->>'revision')::integer ELSE 0 END AS revision,
        \(figureNames.map { "(\(stated)->>'\($0.json)')::bigint AS \($0.column)" }.joined(separator: ", ")),
        \(figureNames.map { "coalesce((\(replaced)->>'\($0.json)')::bigint, 0) AS previous_\($0.column)" }
            .joined(separator: ", "))
        """

    /// The figures an event states (a report's, a correction's corrected ones) and those it replaces (none for a report).
    private static let stated =
        "(CASE WHEN e.event_type = '\(IntervalCorrected.eventType)' THEN e.payload->'corrected' ELSE e.payload->'figures' END)"
    private static let replaced =
        "(CASE WHEN e.event_type = '\(IntervalCorrected.eventType)' THEN e.payload->'previous' END)"

    /// The figures' payload keys and column names, in the tables' order.
    static let figureNames: [(json: String, column: String)] = [
        ("offered", "offered"), ("handled", "handled"), ("abandoned", "abandoned"), ("shortAbandoned", "short_abandoned"),
        ("answeredWithinThreshold", "answered_within_threshold"), ("handleSeconds", "handle_seconds"),
    ]

    /// A figures object whose six counts are integers within 32 bits.
    private static func figures(_ object: String) -> String {
        "(jsonb_typeof(\(object)) = 'object' AND " + figureNames.map { PayloadSQL.int32(object, $0.json) }.joined(separator: " AND ") + ")"
    }
}
