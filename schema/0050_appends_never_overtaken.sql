-- Appends never overtaken (the log in transaction order agrees with every stream's versions).
--
-- The log is read in transaction-id order, and a transaction takes its id at its first write
-- or row lock. An append that locks several streams one after the other (a bulk append's
-- lock_streams, a group of single-event appends) takes its id at the first, and may wait on
-- a later one while a writer that began AFTER it appends to that stream and commits. Its own
-- event on that stream then follows the writer's in the stream's versions but sorts BEFORE it
-- in the log (lower transaction id): a reader of the log would see the stream's versions out
-- of order. Such a stream's row carries the later writer's id as its xmin (`age(xmin) < 0`
-- against this transaction's id), which is checked once every stream is locked.
--
--   * lock_streams (bulk appends): after locking, raises SQLSTATE 40001 (serialization
--     failure) if overtaken; the application rolls back and begins again with a later id
--     (EventLog+BulkAppend, at most BulkAppendOvertaken.attempts times). This was a separate
--     statement after lock_streams; it is now part of the same call (one round trip less).
--   * append_single_events: the same check after the set-based path's locks and, in the path
--     append by append, before each append.
--   * The check (streams_overtaken) counts only writers that committed: rows this
--     transaction wrote itself (a new stream, an earlier call in the same transaction, a
--     subtransaction) carry later ids too, but their transaction is still in progress. If overtaken, the whole call fails with
--     40001 and writes nothing; the application then makes the group's appends one by one,
--     as for any error of the whole call (EventLog+AppendGroup), each in its own transaction.
--
-- Bodies, signatures, answers and grants are otherwise those of 0004 and 0007; 0035's
-- planner settings of append_single_events are repeated (CREATE OR REPLACE resets them).

-- Whether a stream of p_stream_ids (locked by the caller) was last written by a transaction
-- that COMMITTED with a later id than the caller's. Rows written by the caller itself (in a
-- subtransaction, or by an earlier call of the same transaction) also carry later ids, but
-- those are its own: pg_xact_status says "in progress" for them. A row's xmin is widened to
-- its 64-bit id from the caller's own (they are less than 2^31 apart).
CREATE FUNCTION streams_overtaken(p_stream_ids text[]) RETURNS boolean
LANGUAGE sql SET search_path = public, pg_temp SET enable_seqscan = off AS $$
    SELECT EXISTS (
        SELECT 1 FROM streams s
         WHERE s.stream_id = ANY (p_stream_ids)
           AND CASE WHEN age(s.xmin) < 0
                    THEN pg_xact_status((pg_current_xact_id()::text::bigint - age(s.xmin))::text::xid8) = 'committed'
                    ELSE false END)
$$;
REVOKE ALL ON FUNCTION streams_overtaken(text[]) FROM PUBLIC;

CREATE OR REPLACE FUNCTION lock_streams(p_stream_ids text[])
RETURNS TABLE (stream_id text, version bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO streams AS s (stream_id, version)
        SELECT DISTINCT u.id, 0 FROM unnest(p_stream_ids) AS u(id)
        ON CONFLICT ON CONSTRAINT streams_pkey DO NOTHING;
    RETURN QUERY
        SELECT s.stream_id::text, s.version FROM streams s
         WHERE s.stream_id = ANY (p_stream_ids)
         ORDER BY s.stream_id
           FOR UPDATE;
    IF streams_overtaken(p_stream_ids) THEN
        RAISE EXCEPTION 'a bulk append was overtaken on its streams by a later writer' USING ERRCODE = '40001';
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION append_single_events(
    p_stream_ids        text[],
    p_expected_versions bigint[],
    p_event_ids         uuid[],
    p_event_types       text[],
    p_schema_versions   integer[],
    p_payloads          jsonb[],
    p_metadata          jsonb[]
)
RETURNS TABLE (ordinal integer, stream_version bigint, event_position bigint, already_stored boolean,
               refusal text, refusal_detail text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET lock_timeout = '100ms'
    SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off SET jit = off AS $$
DECLARE
    item          record;
    appended      record;
    violated      text;
    element_count integer := coalesce(cardinality(p_stream_ids), 0);
    set_ordinals  integer[];
    set_versions  bigint[];
    set_positions bigint[];
BEGIN
    IF element_count = 0
       OR coalesce(cardinality(p_expected_versions), 0) <> element_count
       OR coalesce(cardinality(p_event_ids), 0) <> element_count
       OR coalesce(cardinality(p_event_types), 0) <> element_count
       OR coalesce(cardinality(p_schema_versions), 0) <> element_count
       OR coalesce(cardinality(p_payloads), 0) <> element_count
       OR coalesce(cardinality(p_metadata), 0) <> element_count THEN
        RAISE EXCEPTION 'a group of single-event appends needs one element in every array, and at least one'
            USING ERRCODE = '22023';
    END IF;

    -- The set-based path: one subtransaction, one INSERT for the whole group.
    BEGIN
        INSERT INTO streams AS s (stream_id, version)
            SELECT DISTINCT u.id COLLATE "C", 0 FROM unnest(p_stream_ids) AS u(id) ORDER BY 1
            ON CONFLICT ON CONSTRAINT streams_pkey DO NOTHING;
        PERFORM 1 FROM streams s WHERE s.stream_id = ANY (p_stream_ids) ORDER BY s.stream_id FOR UPDATE;
        -- Overtaken: a stream written, since this transaction took its id, by a writer that
        -- began later and has committed.
        IF streams_overtaken(p_stream_ids) THEN
            RAISE EXCEPTION 'a group of appends was overtaken on its streams by a later writer'
                USING ERRCODE = '40001';
        END IF;

        -- Every row whose expected version holds, in one statement, in stream order, then in
        -- the order given; an id stored already or given twice fails it (a unique violation).
        WITH planned AS (
            SELECT u.n::integer AS n, u.stream_id COLLATE "C" AS stream_id, u.expected,
                   s.version + row_number() OVER (PARTITION BY u.stream_id ORDER BY u.n) AS version,
                   u.event_id, u.event_type, u.schema_version, u.payload, u.metadata
              FROM unnest(p_stream_ids, p_expected_versions, p_event_ids, p_event_types, p_schema_versions, p_payloads,
                          p_metadata)
                   WITH ORDINALITY AS u(stream_id, expected, event_id, event_type, schema_version, payload, metadata, n)
              JOIN streams s ON s.stream_id = u.stream_id
        ), inserted AS (
            INSERT INTO events (stream_id, stream_version, event_id, event_type, schema_version, payload, metadata)
            SELECT p.stream_id, p.version, p.event_id, p.event_type, p.schema_version, p.payload, p.metadata
              FROM planned p
             WHERE NOT ((p.expected >= 0 AND p.version - 1 <> p.expected) OR (p.expected = -2 AND p.version = 1))
             ORDER BY p.stream_id, p.n
            RETURNING events.event_id, events.stream_version, events.position
        )
        SELECT array_agg(p.n ORDER BY p.n), array_agg(i.stream_version ORDER BY p.n), array_agg(i.position ORDER BY p.n)
          INTO set_ordinals, set_versions, set_positions
          FROM planned p JOIN inserted i ON i.event_id = p.event_id;
        -- An expected version that does not hold (CB001): undo, and go append by append.
        IF coalesce(cardinality(set_ordinals), 0) <> element_count THEN
            RAISE EXCEPTION 'not set-based' USING ERRCODE = 'CB090';
        END IF;
    EXCEPTION
        WHEN lock_not_available OR unique_violation OR SQLSTATE 'CB004' OR SQLSTATE 'CB090' THEN
            set_ordinals := NULL;
    END;
    IF set_ordinals IS NOT NULL THEN
        RETURN QUERY
            SELECT r.n, r.version, r.position, false, NULL::text, NULL::text
              FROM unnest(set_ordinals, set_versions, set_positions) AS r(n, version, position);
        RETURN;
    END IF;

    -- Something was in the way: each append on its own, as in 0006.
    FOR item IN
        SELECT u.n::integer AS n, u.stream_id, u.expected, u.event_id, u.event_type, u.schema_version, u.payload, u.metadata
          FROM unnest(p_stream_ids, p_expected_versions, p_event_ids, p_event_types, p_schema_versions, p_payloads, p_metadata)
               WITH ORDINALITY AS u(stream_id, expected, event_id, event_type, schema_version, payload, metadata, n)
         ORDER BY u.stream_id COLLATE "C", u.n
    LOOP
        ordinal := item.n;
        stream_version := NULL;
        event_position := NULL;
        already_stored := NULL;
        refusal := NULL;
        refusal_detail := NULL;
        BEGIN
            -- The same check before each append (the set-based try's locks are gone).
            PERFORM 1 FROM streams s WHERE s.stream_id = item.stream_id FOR UPDATE;
            IF streams_overtaken(ARRAY[item.stream_id]) THEN
                RAISE EXCEPTION 'a group of appends was overtaken on its streams by a later writer'
                    USING ERRCODE = '40001';
            END IF;
            SELECT a.stream_version, a.first_position, a.already_stored
              INTO appended
              FROM append_events(item.stream_id, item.expected, ARRAY[item.event_id], ARRAY[item.event_type],
                                 ARRAY[item.schema_version], ARRAY[item.payload], ARRAY[item.metadata]) a;
            stream_version := appended.stream_version;
            event_position := appended.first_position;
            already_stored := appended.already_stored;
        EXCEPTION
            WHEN SQLSTATE 'CB001' OR SQLSTATE 'CB002' OR lock_not_available THEN
                GET STACKED DIAGNOSTICS refusal = RETURNED_SQLSTATE, refusal_detail = PG_EXCEPTION_DETAIL;
            WHEN unique_violation THEN
                GET STACKED DIAGNOSTICS refusal = RETURNED_SQLSTATE, refusal_detail = PG_EXCEPTION_DETAIL,
                                        violated = CONSTRAINT_NAME;
                IF violated IS DISTINCT FROM 'events_event_id_key' THEN
                    RAISE;
                END IF;
                refusal := 'CB002';
        END;
        RETURN NEXT;
    END LOOP;
END
$$;
