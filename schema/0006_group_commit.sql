-- Group commit in the process (issue 17): single-event appends that tasks of one EventStore
-- issue at the same time, to any streams, go to the server as one call, in one transaction
-- and one commit (one WAL flush) for all of them.
--
--   * append_single_events() takes parallel arrays, one element per single-event append, and
--     runs each element through append_events() itself, inside its own subtransaction. So each
--     append gets exactly the checks, numbering and answers of a lone append (expected
--     version, idempotent retry, ids stored elsewhere, the append guard), and a refused append
--     (CB001 wrong expected version, CB002 or a unique violation on the event id) is rolled
--     back alone and answered in its own row, while the others are written and committed.
--   * Elements are taken in stream order (collation "C", as bulk appends lock streams), then
--     in the order given, so two groups never wait on each other's streams in a cycle, and
--     two appends to one stream in a group behave as if made one after the other.
--   * A group never waits long on another transaction: lock waits inside the call end after
--     100 ms (the function's own lock_timeout), and an append that met one (its stream or its
--     event id held by a bulk import, say) is answered 55P03 and made alone by the
--     application, waiting as long as it must, while the rest of the group commits.
--   * Any other error fails the whole call and writes nothing; the application then makes
--     the appends one by one.
--   * All events of a group share one transaction id, so gap-safe readers (transaction id
--     below the snapshot's xmin) see all of them or none, as for any multi-event append.

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
    item       record;
    appended   record;
    violated   text;
    element_count integer := coalesce(cardinality(p_stream_ids), 0);
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

REVOKE ALL ON FUNCTION append_single_events(text[], bigint[], uuid[], text[], integer[], jsonb[], jsonb[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION append_single_events(text[], bigint[], uuid[], text[], integer[], jsonb[], jsonb[]) TO callboard_app;
