-- Callboard event store: one append-only log of events, grouped into streams.
--
-- Every row carries the id of the transaction that wrote it (pg_current_xact_id()).
-- Readers of the whole log order by (transaction_id, position) and only read rows whose
-- transaction is older than the oldest one still running (pg_snapshot_xmin), so an event
-- committed late by a slow transaction is never skipped and never delivered twice.

-- The role the application runs as: it may read and append, never rewrite.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'callboard_app') THEN
        CREATE ROLE callboard_app NOLOGIN;
    END IF;
END
$$;

-- One row per stream: its current version, and the row appenders lock to queue up.
CREATE TABLE streams (
    stream_id text COLLATE "C" PRIMARY KEY,
    version   bigint NOT NULL CHECK (version >= 0)
);

CREATE TABLE events (
    position       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
    stream_id      text COLLATE "C" NOT NULL,
    stream_version bigint NOT NULL CHECK (stream_version >= 1),
    event_id       uuid NOT NULL,
    event_type     text NOT NULL,
    schema_version integer NOT NULL DEFAULT 1 CHECK (schema_version >= 1),
    payload        jsonb NOT NULL,
    metadata       jsonb NOT NULL DEFAULT '{}'::jsonb,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version),
    CONSTRAINT events_event_id_key UNIQUE (event_id)
);

-- The order in which the whole log is read by subscribers and projections.
CREATE INDEX events_log_order ON events (transaction_id, position);

-- Append-only, enforced by the database for every role, owner included.
CREATE FUNCTION events_refuse_rewrite() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the event log is append-only: % on events is refused', TG_OP
        USING ERRCODE = 'CB003',
              HINT = 'Record a correcting event instead of changing history.';
END
$$;

CREATE TRIGGER events_no_update_or_delete
    BEFORE UPDATE OR DELETE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_rewrite();

CREATE TRIGGER events_no_truncate
    BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_rewrite();

-- Appends events to one stream atomically.
--
-- p_expected_version: -1 any, -2 the stream must exist, 0 the stream must not exist, N exactly N.
-- Order of checks, all under the stream's row lock so that concurrent appenders queue:
--   1. every event id already stored in this stream: an idempotent retry, report what is stored;
--   2. some ids stored elsewhere or only some of them: CB002;
--   3. the expected version: CB001, with the actual version in DETAIL;
--   4. insert, bump the stream's version.
CREATE FUNCTION append_events(
    p_stream_id        text,
    p_expected_version bigint,
    p_event_ids        uuid[],
    p_event_types      text[],
    p_schema_versions  integer[],
    p_payloads         jsonb[],
    p_metadata         jsonb[]
)
RETURNS TABLE (stream_version bigint, first_position bigint, last_position bigint, already_stored boolean)
LANGUAGE plpgsql AS $$
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

    UPDATE streams s SET version = current_version + event_count WHERE s.stream_id = p_stream_id;
END
$$;

-- Wakes subscribers after an append. Runs in its own tiny transaction after the append has
-- committed; that transaction commits asynchronously, because a lost notification only
-- delays a subscriber (it also polls) and NOTIFY's commit-time lock must not wait for fsync.
CREATE FUNCTION notify_appended(p_channel text, p_position bigint) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('synchronous_commit', 'off', true);
    PERFORM pg_notify(p_channel, p_position::text);
END
$$;

-- What the application role may do: read; append (not choose positions, transaction ids or
-- recording times); never UPDATE, DELETE or TRUNCATE events.
GRANT SELECT ON events TO callboard_app;
GRANT INSERT (stream_id, stream_version, event_id, event_type, schema_version, payload, metadata)
    ON events TO callboard_app;
GRANT SELECT, INSERT, UPDATE ON streams TO callboard_app;
GRANT EXECUTE ON FUNCTION append_events(text, bigint, uuid[], text[], integer[], jsonb[], jsonb[]) TO callboard_app;
GRANT EXECUTE ON FUNCTION notify_appended(text, bigint) TO callboard_app;
