-- The append guard: every insert into `events`, whoever makes it and however (the append
-- function, a bulk append's COPY, a hand-written INSERT), goes through the stream checks.
--
-- Until now the application role could INSERT into `events` directly with any stream
-- version, leaving gaps or skipping the append function's checks. Now:
--   * an AFTER INSERT statement trigger (once per statement, over the inserted rows as a
--     transition table, so its cost per row is small) locks each touched stream's row in
--     stream order, refuses the statement unless each stream's new versions continue its
--     current version without a gap (SQLSTATE CB004), and moves the version itself;
--     event ids stay unique through events_event_id_key;
--   * `streams` is the trigger's to write: the application role may only read it, so it
--     cannot move a version to make a gap look continuous. Appends lock and create streams
--     through append_events() and lock_streams(), which run as their owner.

-- Creates the streams that do not exist yet (at version 0) and locks them all, in stream
-- order (two bulk appends over the same streams cannot deadlock); returns their versions.
CREATE FUNCTION lock_streams(p_stream_ids text[])
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
END
$$;

CREATE FUNCTION events_guard_stream_versions() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    bad record;
BEGIN
    -- Streams appended to without the append function get their row here.
    INSERT INTO streams AS s (stream_id, version)
        SELECT DISTINCT i.stream_id, 0 FROM inserted i
        ON CONFLICT ON CONSTRAINT streams_pkey DO NOTHING;
    -- Lock every touched stream, in stream order, before judging it (a no-op for appends,
    -- which hold these locks already).
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

CREATE TRIGGER events_guard_stream_versions
    AFTER INSERT ON events
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION events_guard_stream_versions();

-- The append function as before, but run as its owner (it creates and locks `streams`
-- rows, which the application role no longer writes), and leaving the version to the guard.
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
BEGIN
    IF event_count = 0 THEN
        RAISE EXCEPTION 'append to stream % has no events', p_stream_id USING ERRCODE = '22023';
    END IF;

    INSERT INTO streams AS s (stream_id, version) VALUES (p_stream_id, 0)
        ON CONFLICT (stream_id) DO NOTHING;
    SELECT s.version INTO current_version FROM streams s WHERE s.stream_id = p_stream_id FOR UPDATE;

    SELECT count(*) FILTER (WHERE e.stream_id = p_stream_id), count(*)
      INTO stored_here, stored_anywhere
      FROM events e WHERE e.event_id = ANY (p_event_ids);

    IF stored_anywhere > 0 THEN
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
    RETURN QUERY
    WITH inserted AS (
        INSERT INTO events (stream_id, stream_version, event_id, event_type, schema_version, payload, metadata)
        SELECT p_stream_id, current_version + u.ordinal, u.event_id, u.event_type, u.schema_version, u.payload, u.metadata
          FROM unnest(p_event_ids, p_event_types, p_schema_versions, p_payloads, p_metadata)
               WITH ORDINALITY AS u(event_id, event_type, schema_version, payload, metadata, ordinal)
         ORDER BY u.ordinal
        RETURNING events.position
    )
    SELECT current_version + event_count, min(i.position), max(i.position), false FROM inserted i;
END
$$;

-- The application role reads streams; the functions above write them.
REVOKE INSERT, UPDATE ON streams FROM callboard_app;
REVOKE ALL ON FUNCTION lock_streams(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lock_streams(text[]) TO callboard_app;
REVOKE ALL ON FUNCTION events_guard_stream_versions() FROM PUBLIC;
