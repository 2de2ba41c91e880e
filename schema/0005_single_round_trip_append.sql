-- Appends at the physical limit (issue 17): one statement, one round trip, one commit per
-- append, with the server doing as little per event as the guarantees allow.
--
--   * append_events() takes the stream's lock with one statement for an existing stream
--     (two for a new one), probes the event-id index once, and inserts a single event with
--     a plain INSERT ... VALUES; batches still insert from their arrays in one statement.
--     Its checks, their order and their errors (CB001, CB002, 22023) are unchanged; an
--     idempotent retry still answers the positions stored the first time.
--   * the append guard's statement trigger settles the common statement, one stream with
--     versions continuing its current one, with one UPDATE that both checks and moves the
--     version (and locks the row); any other statement takes the full path of 0004, which
--     creates, locks in stream order, judges (CB004) and moves every touched stream.
--   * notify_appended() is unchanged; the application now sends it after commits, off the
--     appenders' path, at most once per short window (AppendNotifier).

CREATE OR REPLACE FUNCTION events_guard_stream_versions() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    first_stream  text;
    last_stream   text;
    first_version bigint;
    last_version  bigint;
    event_count   bigint;
    bad record;
BEGIN
    SELECT min(i.stream_id), max(i.stream_id), min(i.stream_version), max(i.stream_version), count(*)
      INTO first_stream, last_stream, first_version, last_version, event_count
      FROM inserted i;
    IF event_count = 0 THEN
        RETURN NULL;
    END IF;
    -- One stream, versions continuing its current one: check, lock and move in one go. A
    -- concurrent appender's change is waited for and re-checked by the UPDATE itself.
    IF first_stream = last_stream AND last_version - first_version + 1 = event_count THEN
        UPDATE streams s SET version = last_version
         WHERE s.stream_id = first_stream AND s.version = first_version - 1;
        IF FOUND THEN
            RETURN NULL;
        END IF;
    END IF;

    -- Every other statement: as in 0004.
    INSERT INTO streams AS s (stream_id, version)
        SELECT DISTINCT i.stream_id, 0 FROM inserted i
        ON CONFLICT ON CONSTRAINT streams_pkey DO NOTHING;
    PERFORM 1 FROM streams s
      WHERE s.stream_id IN (SELECT i.stream_id FROM inserted i)
      ORDER BY s.stream_id
        FOR UPDATE;

    SELECT n.stream_id, s.version, n.first_version, n.last_version, n.event_count
      INTO bad
      FROM (SELECT i.stream_id, min(i.stream_version) AS first_version, max(i.stream_version) AS last_version,
                   count(*) AS event_count
              FROM inserted i GROUP BY i.stream_id) n
      JOIN streams s ON s.stream_id = n.stream_id
     WHERE n.first_version <> s.version + 1
        OR n.last_version - n.first_version + 1 <> n.event_count
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'stream % is at version %: its next events must be versions % to %, not % to %',
                bad.stream_id, bad.version, bad.version + 1, bad.version + bad.event_count,
                bad.first_version, bad.last_version
            USING ERRCODE = 'CB004',
                  HINT = 'Append through append_events() or EventStore.append/appendBulk, which check and number versions.';
    END IF;

    UPDATE streams s SET version = n.last_version
      FROM (SELECT i.stream_id, max(i.stream_version) AS last_version FROM inserted i GROUP BY i.stream_id) n
     WHERE s.stream_id = n.stream_id;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION append_events(
    p_stream_id        text,
    p_expected_version bigint,
    p_event_ids        uuid[],
    p_event_types      text[],
    p_schema_versions  integer[],
    p_payloads         jsonb[],
    p_metadata         jsonb[]
)
RETURNS TABLE (stream_version bigint, first_position bigint, last_position bigint, already_stored boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    event_count     integer := coalesce(cardinality(p_event_ids), 0);
    current_version bigint;
    stored_here     integer;
    stored_anywhere integer;
    first_pos       bigint;
    last_pos        bigint;
BEGIN
    IF event_count = 0 THEN
        RAISE EXCEPTION 'append to stream % has no events', p_stream_id USING ERRCODE = '22023';
    END IF;

    -- The stream's lock: an existing stream's row, else a new row at version 0 (which
    -- other appenders of the same new stream wait on until this transaction ends).
    SELECT s.version INTO current_version FROM streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO streams AS s (stream_id, version) VALUES (p_stream_id, 0)
            ON CONFLICT (stream_id) DO NOTHING
            RETURNING s.version INTO current_version;
        IF NOT FOUND THEN
            SELECT s.version INTO current_version FROM streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
        END IF;
    END IF;

    -- Ids stored already: an idempotent retry, or CB002 (one index probe when none is; a
    -- single id by equality, which the planner always answers from the unique index).
    IF event_count = 1 THEN
        PERFORM 1 FROM events e WHERE e.event_id = p_event_ids[1];
    ELSE
        PERFORM 1 FROM events e WHERE e.event_id = ANY (p_event_ids) LIMIT 1;
    END IF;
    IF FOUND THEN
        SELECT count(*) FILTER (WHERE e.stream_id = p_stream_id), count(*)
          INTO stored_here, stored_anywhere
          FROM events e WHERE e.event_id = ANY (p_event_ids);
        IF stored_here = event_count AND stored_anywhere = event_count THEN
            RETURN QUERY
                SELECT max(e.stream_version), min(e.position), max(e.position), true
                  FROM events e WHERE e.event_id = ANY (p_event_ids);
            RETURN;
        END IF;
        RAISE EXCEPTION 'event ids already stored: % of % events appended to stream % exist already',
                stored_anywhere, event_count, p_stream_id
            USING ERRCODE = 'CB002',
                  DETAIL = (SELECT string_agg(e.event_id::text || '@' || e.stream_id, ',')
                              FROM events e WHERE e.event_id = ANY (p_event_ids));
    END IF;

    IF (p_expected_version >= 0 AND current_version <> p_expected_version)
       OR (p_expected_version = -2 AND current_version = 0) THEN
        RAISE EXCEPTION 'wrong expected version for stream %: expected %, actual %',
                p_stream_id, p_expected_version, current_version
            USING ERRCODE = 'CB001', DETAIL = current_version::text;
    END IF;

    -- The guard's trigger checks the versions and moves the stream's version.
    IF event_count = 1 THEN
        INSERT INTO events (stream_id, stream_version, event_id, event_type, schema_version, payload, metadata)
        VALUES (p_stream_id, current_version + 1, p_event_ids[1], p_event_types[1], p_schema_versions[1],
                p_payloads[1], p_metadata[1])
        RETURNING events.position INTO first_pos;
        last_pos := first_pos;
    ELSE
        WITH inserted AS (
            INSERT INTO events (stream_id, stream_version, event_id, event_type, schema_version, payload, metadata)
            SELECT p_stream_id, current_version + u.ordinal, u.event_id, u.event_type, u.schema_version, u.payload, u.metadata
              FROM unnest(p_event_ids, p_event_types, p_schema_versions, p_payloads, p_metadata)
                   WITH ORDINALITY AS u(event_id, event_type, schema_version, payload, metadata, ordinal)
             ORDER BY u.ordinal
            RETURNING events.position
        )
        SELECT min(i.position), max(i.position) INTO first_pos, last_pos FROM inserted i;
    END IF;
    stream_version := current_version + event_count;
    first_position := first_pos;
    last_position := last_pos;
    already_stored := false;
    RETURN NEXT;
END
$$;
