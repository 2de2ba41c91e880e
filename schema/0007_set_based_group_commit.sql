-- Group commit, set-based (issue 17): a group of single-event appends with nothing in its
-- way is written by one INSERT of all its rows, not by one subtransaction and one
-- append_events() call per append (which kept eight writers CPU-bound on two cores).
--
--   * The set-based path, in ONE subtransaction for the whole group: creates the streams
--     that do not exist (at version 0) and locks every stream of the group in stream order
--     (collation "C", as before); then one INSERT ... SELECT FROM unnest(...) writes every
--     row, versions numbered per stream in the order given, skipping rows whose expected
--     version does not hold (the k-th append of a stream in the group is judged against the
--     stream's version plus k - 1, as if the appends were made one after the other). If a
--     row was skipped, or an id was stored already or given twice (a unique violation), or
--     the append guard found a gap (CB004, after a skipped row), the subtransaction is
--     rolled back. The guard's statement trigger still checks every touched stream and
--     moves its version, so the guarantees are the database's, as for any other insert.
--   * Anything in the way (a wrong expected version, an id stored already or twice, a
--     stream or id held by another transaction past the 100 ms lock wait, an id committed
--     meanwhile by another transaction) rolls that subtransaction back, leaving nothing
--     behind, and the group is made exactly as in 0006: one subtransaction and one
--     append_events() per append, each answered on its own (idempotent retries answered
--     with what is stored, CB001, CB002, 55P03 for the application to make alone).
--   * Any other error fails the whole call and writes nothing; the application then makes
--     the appends one by one. The signature, the answers and the grants are those of 0006.
--   * All events of a group share one transaction id, so gap-safe readers (transaction id
--     below the snapshot's xmin) see all of them or none.

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
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET lock_timeout = '100ms' AS $$
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
