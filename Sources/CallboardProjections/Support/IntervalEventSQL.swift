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
        AND jsonb_typeof(e.payload->'queueID') = 'string' AND (e.payload->>'queueID') ~ '^[ -~]*$'
        AND jsonb_typeof(e.payload->'length') = 'number' AND (e.payload->>'length') IN ('15', '30', '60')
        AND jsonb_typeof(e.payload->'start') = 'string' AND \(wholeSecondInstant("e.payload->>'start'"))
        AND CASE e.event_type
            WHEN '\(IntervalReported.eventType)' THEN \(figures("e.payload->'figures'"))
            WHEN '\(IntervalCorrected.eventType)' THEN \(figures("e.payload->'previous'")) AND \(figures("e.payload->'corrected'"))
                AND \(int32("e.payload", "revision"))
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
        "(jsonb_typeof(\(object)) = 'object' AND " + figureNames.map { int32(object, $0.json) }.joined(separator: " AND ") + ")"
    }

    /// `object`'s `key` is a JSON integer within 32 bits (a number written without fraction).
    /// (A numeric cast and its scale cost less than a regular expression over the text.)
    private static func int32(_ object: String, _ key: String) -> String {
        """
        (CASE WHEN jsonb_typeof(\(object)->'\(key)') = 'number'
              THEN scale((\(object)->'\(key)')::numeric) = 0
                   AND (\(object)->'\(key)')::numeric BETWEEN -2147483648 AND 2147483647 ELSE false END)
        """
    }

    /// `text` is `YYYY-MM-DDTHH:MM:SSZ` naming a real instant of the years 1-9999 (a plain
    /// pattern, then the fields' ranges by substring: far cheaper than one pattern of alternatives).
    private static func wholeSecondInstant(_ text: String) -> String {
        func field(_ from: Int, _ length: Int) -> String { "substring(\(text), \(from), \(length))::integer" }
        return """
        (CASE WHEN (\(text)) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$'
              THEN \(field(1, 4)) >= 1 AND \(field(6, 2)) BETWEEN 1 AND 12 AND \(field(12, 2)) <= 23
                   AND \(field(15, 2)) <= 59 AND \(field(18, 2)) <= 59 AND \(field(9, 2)) >= 1
                   AND \(field(9, 2)) <= CASE \(field(6, 2))
                       WHEN 2 THEN CASE WHEN (\(field(1, 4)) % 4 = 0 AND \(field(1, 4)) % 100 <> 0)
                                             OR \(field(1, 4)) % 400 = 0 THEN 29 ELSE 28 END
                       WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END
              ELSE false END)
        """
    }
}
