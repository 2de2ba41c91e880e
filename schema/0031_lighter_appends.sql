-- Appends on the partitioned log at less server cost (issue 17). Numbered after 0030 on
-- purpose: it changes objects 0030 made (an index, and functions 0030 last replaced), so on
-- a fresh database it must run after 0030, not before it.
--
--   * The per-partition index on events (event_id) goes. Since 0030 every id lookup goes
--     to event_keys, whose primary key is the log's one unique index of ids across all
--     months; nothing reads events by id through the partitions' index, and each append
--     paid a random-UUID index insertion for it (about a sixth of a 100-event append's
--     server time). The guarantees are event_keys' and the guard's, unchanged.
--   * append_events() (same signature, checks, errors and answers as 0030):
--       - an append expecting no stream (the usual first write) creates the stream row
--         first instead of looking for it first;
--       - a batch looks up only its first id: a retry of a committed append has all of its
--         ids stored, the first included. A batch whose first id is new but another is
--         stored is refused as before (CB002, same detail): its insert fails on
--         event_keys' key and is undone (a subtransaction, one per batch), and an expected
--         version that does not hold still yields to CB002 when some id is stored, as the
--         checks' order was. A single event is looked up as before.

DROP INDEX IF EXISTS events_event_id;

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
    violated        text;
BEGIN
    IF event_count = 0 THEN
        RAISE EXCEPTION 'append to stream % has no events', p_stream_id USING ERRCODE = '22023';
    END IF;

    -- The stream's row, locked: created at version 0 if missing.
    IF p_expected_version = 0 THEN
        INSERT INTO streams AS s (stream_id, version) VALUES (p_stream_id, 0)
            ON CONFLICT (stream_id) DO NOTHING
            RETURNING s.version INTO current_version;
        IF NOT FOUND THEN
            SELECT s.version INTO current_version FROM streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
        END IF;
    ELSE
        SELECT s.version INTO current_version FROM streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
        IF NOT FOUND THEN
            INSERT INTO streams AS s (stream_id, version) VALUES (p_stream_id, 0)
                ON CONFLICT (stream_id) DO NOTHING
                RETURNING s.version INTO current_version;
            IF NOT FOUND THEN
                SELECT s.version INTO current_version FROM streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
            END IF;
        END IF;
    END IF;

    -- A retry of a committed append has every id stored, its first one included.
    PERFORM 1 FROM event_keys k WHERE k.event_id = p_event_ids[1];
    IF FOUND THEN
        SELECT count(*) FILTER (WHERE k.stream_id = p_stream_id), count(*)
          INTO stored_here, stored_anywhere
          FROM event_keys k WHERE k.event_id = ANY (p_event_ids);
        IF stored_here = event_count AND stored_anywhere = event_count THEN
            RETURN QUERY
                SELECT max(k.stream_version), min(k.position), max(k.position), true
                  FROM event_keys k WHERE k.event_id = ANY (p_event_ids);
            RETURN;
        END IF;
        PERFORM append_events_refuse_stored_ids(p_stream_id, p_event_ids);
    END IF;

    IF (p_expected_version >= 0 AND current_version <> p_expected_version)
       OR (p_expected_version = -2 AND current_version = 0) THEN
        -- Stored ids were judged before versions: they still are.
        IF event_count > 1 AND EXISTS (SELECT 1 FROM event_keys k WHERE k.event_id = ANY (p_event_ids)) THEN
            PERFORM append_events_refuse_stored_ids(p_stream_id, p_event_ids);
        END IF;
        RAISE EXCEPTION 'wrong expected version for stream %: expected %, actual %',
                p_stream_id, p_expected_version, current_version
            USING ERRCODE = 'CB001', DETAIL = current_version::text;
    END IF;

    IF event_count = 1 THEN
        INSERT INTO events (stream_id, stream_version, event_id, event_type, schema_version, payload, metadata)
        VALUES (p_stream_id, current_version + 1, p_event_ids[1], p_event_types[1], p_schema_versions[1],
                p_payloads[1], p_metadata[1])
        RETURNING events.position INTO first_pos;
        last_pos := first_pos;
    ELSE
        BEGIN
            WITH inserted AS (
                INSERT INTO events (stream_id, stream_version, event_id, event_type, schema_version, payload, metadata)
                SELECT p_stream_id, current_version + u.ordinal, u.event_id, u.event_type, u.schema_version, u.payload, u.metadata
                  FROM unnest(p_event_ids, p_event_types, p_schema_versions, p_payloads, p_metadata)
                       WITH ORDINALITY AS u(event_id, event_type, schema_version, payload, metadata, ordinal)
                 ORDER BY u.ordinal
                RETURNING events.position
            )
            SELECT min(i.position), max(i.position) INTO first_pos, last_pos FROM inserted i;
        EXCEPTION WHEN unique_violation THEN
            -- An id stored by another append (not its first one): refused as before. An id
            -- given twice in this batch, or any other key, fails as it did.
            GET STACKED DIAGNOSTICS violated = CONSTRAINT_NAME;
            IF violated = 'events_event_id_key'
               AND EXISTS (SELECT 1 FROM event_keys k WHERE k.event_id = ANY (p_event_ids)) THEN
                PERFORM append_events_refuse_stored_ids(p_stream_id, p_event_ids);
            END IF;
            RAISE;
        END;
    END IF;
    stream_version := current_version + event_count;
    first_position := first_pos;
    last_position := last_pos;
    already_stored := false;
    RETURN NEXT;
END
$$;

-- The refusal of an append some of whose ids are stored, and not all in its stream (CB002):
-- the message and detail append_events() has always given.
CREATE FUNCTION append_events_refuse_stored_ids(p_stream_id text, p_event_ids uuid[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    stored_anywhere integer;
BEGIN
    SELECT count(*) INTO stored_anywhere FROM event_keys k WHERE k.event_id = ANY (p_event_ids);
    RAISE EXCEPTION 'event ids already stored: % of % events appended to stream % exist already',
            stored_anywhere, coalesce(cardinality(p_event_ids), 0), p_stream_id
        USING ERRCODE = 'CB002',
              DETAIL = (SELECT coalesce(string_agg(k.event_id::text || '@' || k.stream_id, ','), '')
                          FROM event_keys k WHERE k.event_id = ANY (p_event_ids));
END
$$;
REVOKE ALL ON FUNCTION append_events_refuse_stored_ids(text, uuid[]) FROM PUBLIC;
