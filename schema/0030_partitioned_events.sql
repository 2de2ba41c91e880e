-- The log partitioned by recorded month (issue 16, item 6).
--
-- `events` keeps its name, its columns and every function's signature; it becomes a table
-- partitioned by range of `recorded_at`, one partition per calendar month in UTC
-- (`events_YYYY_MM`) plus `events_default`, so that an append never fails for want of a
-- partition. Old months can then be moved to a cheaper tablespace while staying in the log
-- (events_move_partition, `callboard db partitions --move-before`).
--
--   * Order and gap-safe reading are unchanged: `position` stays one bigint sequence for the
--     whole log, and readers still order by (transaction_id, position) under the snapshot's
--     xmin. A transaction's events share `recorded_at` (its start time), so one partition.
--   * A partitioned table's unique indexes must contain the partition key, so the two
--     global keys live in `event_keys`, an unpartitioned table of one small row per event
--     (event id, stream, version, position), written by the append guard's statement trigger
--     in the statement that inserts the events: its constraints keep the names
--     events_event_id_key and events_stream_version_key, so a duplicate id or version fails
--     as before (23505, same constraint name), whichever month each event fell in.
--     append_events and bulk appends look ids up there (one index probe, not one per month).
--   * Append-only holds on every partition, the default included: the parent's statement
--     triggers as before, a row trigger the parent clones into every partition (even one
--     made by hand), and statement triggers (UPDATE, DELETE, TRUNCATE, and the append guard
--     for an INSERT made into a partition directly) that events_ensure_month_partition puts
--     on each partition it makes.
--   * Partitions ahead: this migration makes months from the first event's to three months
--     ahead; `callboard db migrate` and `callboard db partitions --ensure-months N` call
--     events_ensure_partitions(N) again (run it monthly). Events that reached the default
--     partition get their month's partition the next time, moved there in one transaction.
--
-- An existing log migrates here in this one transaction: rows are copied with their
-- positions, transaction ids and recording times, so every reader sees the same log.

-- 1. The old table steps aside, with its constraint, index and sequence names.
ALTER TABLE events RENAME TO events_before_partitioning;
ALTER TABLE events_before_partitioning RENAME CONSTRAINT events_pkey TO events_before_partitioning_pkey;
ALTER TABLE events_before_partitioning RENAME CONSTRAINT events_stream_version_key TO events_before_partitioning_stream_version_key;
ALTER TABLE events_before_partitioning RENAME CONSTRAINT events_event_id_key TO events_before_partitioning_event_id_key;
ALTER INDEX events_log_order RENAME TO events_before_partitioning_log_order;
ALTER SEQUENCE events_position_seq RENAME TO events_before_partitioning_position_seq;

-- 2. The partitioned log, its global keys, and its default partition.
CREATE TABLE events (
    position       bigint GENERATED ALWAYS AS IDENTITY,
    transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
    stream_id      text COLLATE "C" NOT NULL,
    stream_version bigint NOT NULL CONSTRAINT events_stream_version_check CHECK (stream_version >= 1),
    event_id       uuid NOT NULL,
    event_type     text NOT NULL,
    schema_version integer NOT NULL DEFAULT 1 CONSTRAINT events_schema_version_check CHECK (schema_version >= 1),
    payload        jsonb NOT NULL,
    metadata       jsonb NOT NULL DEFAULT '{}'::jsonb,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT events_pkey PRIMARY KEY (position, recorded_at)
) PARTITION BY RANGE (recorded_at);

-- One row per event: the keys that are unique across the whole log.
CREATE TABLE event_keys (
    event_id       uuid NOT NULL,
    stream_id      text COLLATE "C" NOT NULL,
    stream_version bigint NOT NULL,
    position       bigint NOT NULL,
    CONSTRAINT events_event_id_key PRIMARY KEY (event_id),
    CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version)
);

CREATE TABLE events_default PARTITION OF events DEFAULT;

-- 3. Partitions, and what every partition carries.

-- The partition that holds `p_month`'s month (UTC): events_YYYY_MM.
CREATE FUNCTION events_partition_name(p_month timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT 'events_' || to_char(p_month AT TIME ZONE 'UTC', 'YYYY_MM')
$$;

-- The append-only triggers of one partition: statement triggers are not inherited from the
-- parent, and a statement naming the partition itself fires only the partition's.
CREATE FUNCTION events_guard_partition(p_partition text) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    relation oid := format('public.%I', p_partition)::regclass;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = relation AND t.tgname = 'events_no_update_or_delete') THEN
        EXECUTE format('CREATE TRIGGER events_no_update_or_delete BEFORE UPDATE OR DELETE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_rewrite()', p_partition);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = relation AND t.tgname = 'events_no_truncate') THEN
        EXECUTE format('CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_rewrite()', p_partition);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = relation AND t.tgname = 'events_guard_stream_versions') THEN
        EXECUTE format('CREATE TRIGGER events_guard_stream_versions AFTER INSERT ON %I REFERENCING NEW TABLE AS inserted '
                       'FOR EACH STATEMENT EXECUTE FUNCTION events_guard_stream_versions()', p_partition);
    END IF;
END
$$;

-- A partition made or attached by hand gets the same triggers at the end of the command
-- that made it (an event trigger: only a superuser may create one, so it exists when a
-- superuser migrates; otherwise make partitions with events_ensure_partitions only).
CREATE FUNCTION events_guard_new_partitions() RETURNS event_trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    name text;
BEGIN
    IF to_regclass('public.events') IS NULL THEN
        RETURN;
    END IF;
    FOR name IN SELECT c.relname::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                 WHERE i.inhparent = 'public.events'::regclass
                   AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'events_no_truncate') LOOP
        BEGIN
            PERFORM events_guard_partition(name);
        EXCEPTION WHEN insufficient_privilege THEN
            -- Another role's DDL (a projection's CREATE TABLE) must not fail for it.
            RAISE WARNING 'partition % of the event log has no append-only statement triggers: %', name, SQLERRM;
        END;
    END LOOP;
END
$$;

DO $$
BEGIN
    IF (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = current_user) THEN
        CREATE EVENT TRIGGER events_guard_new_partitions ON ddl_command_end
            WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
            EXECUTE FUNCTION events_guard_new_partitions();
    ELSE
        RAISE NOTICE 'not a superuser: partitions made by hand (not by events_ensure_partitions) get no statement triggers';
    END IF;
END
$$;

SELECT events_guard_partition('events_default');

-- Makes the partition of the month starting at `p_month` (UTC) unless it exists; returns
-- whether it made it. Events of that month already in the default partition move into the
-- new partition in this transaction (they stay in the log, with their positions).
CREATE FUNCTION events_ensure_month_partition(p_month timestamptz) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    month_start timestamptz := date_trunc('month', p_month AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
    month_end   timestamptz := (date_trunc('month', p_month AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC';
    name        text := events_partition_name(month_start);
BEGIN
    IF to_regclass(format('public.%I', name)) IS NOT NULL THEN
        RETURN false;
    END IF;
    IF EXISTS (SELECT 1 FROM events_default d WHERE d.recorded_at >= month_start AND d.recorded_at < month_end) THEN
        EXECUTE format('CREATE TABLE %I (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', name);
        EXECUTE format('INSERT INTO %I SELECT * FROM events_default d WHERE d.recorded_at >= $1 AND d.recorded_at < $2', name)
            USING month_start, month_end;
        -- The only deletion the log allows: rows leaving the default partition for their
        -- month's, in the transaction that puts them there.
        ALTER TABLE events_default DISABLE TRIGGER USER;
        DELETE FROM events_default d WHERE d.recorded_at >= month_start AND d.recorded_at < month_end;
        ALTER TABLE events_default ENABLE TRIGGER USER;
        EXECUTE format('ALTER TABLE events ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', name, month_start, month_end);
    ELSE
        EXECUTE format('CREATE TABLE %I PARTITION OF events FOR VALUES FROM (%L) TO (%L)', name, month_start, month_end);
    END IF;
    PERFORM events_guard_partition(name);
    RETURN true;
END
$$;

-- Partitions for the current month and `p_months_ahead` months after it, and for every
-- month that has events in the default partition; the partitions made.
CREATE FUNCTION events_ensure_partitions(p_months_ahead integer)
RETURNS TABLE (partition text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    months timestamptz[];
    month  timestamptz;
BEGIN
    IF p_months_ahead IS NULL OR p_months_ahead < 0 OR p_months_ahead > 120 THEN
        RAISE EXCEPTION 'months ahead must be between 0 and 120, not %', p_months_ahead USING ERRCODE = '22023';
    END IF;
    -- Gathered first: making a partition alters the default one, which no open scan may use.
    SELECT array_agg(m ORDER BY m) INTO months FROM (
        SELECT DISTINCT date_trunc('month', d.recorded_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS m
          FROM events_default d
        UNION
        SELECT (date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => n)) AT TIME ZONE 'UTC'
          FROM generate_series(0, p_months_ahead) AS n) wanted;
    FOREACH month IN ARRAY months LOOP
        IF events_ensure_month_partition(month) THEN
            partition := events_partition_name(month);
            RETURN NEXT;
        END IF;
    END LOOP;
END
$$;

-- Every partition of the log, oldest first (the default last): its range, tablespace
-- (NULL: the database's default), estimated rows (-1: never counted) and size on disk with its indexes.
CREATE FUNCTION events_partitions()
RETURNS TABLE (partition text, range_start timestamptz, range_end timestamptz, tablespace text,
               estimated_rows bigint, total_bytes bigint)
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT c.relname::text,
           substring(pg_get_expr(c.relpartbound, c.oid) FROM 'FROM \(''([^'']+)''\)')::timestamptz,
           substring(pg_get_expr(c.relpartbound, c.oid) FROM 'TO \(''([^'']+)''\)')::timestamptz,
           t.spcname::text,
           c.reltuples::bigint,
           pg_total_relation_size(c.oid)
      FROM pg_inherits i
      JOIN pg_class c ON c.oid = i.inhrelid
      LEFT JOIN pg_tablespace t ON t.oid = c.reltablespace
     WHERE i.inhparent = 'public.events'::regclass
     ORDER BY 2 NULLS LAST, 1
$$;

-- Moves one partition, table and indexes, to another tablespace: its events stay in the
-- log. The partition is locked while it is copied (readers of the whole log wait).
CREATE FUNCTION events_move_partition(p_partition text, p_tablespace text) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    index_name text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                    WHERE i.inhparent = 'public.events'::regclass AND c.relname = p_partition) THEN
        RAISE EXCEPTION '% is not a partition of the event log', p_partition USING ERRCODE = '22023';
    END IF;
    EXECUTE format('ALTER TABLE %I SET TABLESPACE %I', p_partition, p_tablespace);
    FOR index_name IN SELECT ic.relname::text FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid
                       WHERE x.indrelid = format('public.%I', p_partition)::regclass LOOP
        EXECUTE format('ALTER INDEX %I SET TABLESPACE %I', index_name, p_tablespace);
    END LOOP;
END
$$;

-- 4. The existing log moves in: a partition for each month from the first event's, then
--    the rows with their positions, transaction ids and times, then the keys.
SELECT events_ensure_month_partition(m AT TIME ZONE 'UTC')
  FROM generate_series(
           date_trunc('month', coalesce((SELECT min(b.recorded_at) FROM events_before_partitioning b), now()) AT TIME ZONE 'UTC'),
           now() AT TIME ZONE 'UTC', interval '1 month') AS m;
SELECT events_ensure_partitions(3);

INSERT INTO events OVERRIDING SYSTEM VALUE
    SELECT b.position, b.transaction_id, b.stream_id, b.stream_version, b.event_id, b.event_type, b.schema_version,
           b.payload, b.metadata, b.recorded_at
      FROM events_before_partitioning b;
INSERT INTO event_keys (event_id, stream_id, stream_version, position)
    SELECT b.event_id, b.stream_id, b.stream_version, b.position FROM events_before_partitioning b;

SELECT setval(pg_get_serial_sequence('events', 'position'), s.last_value, s.is_called)
  FROM events_before_partitioning_position_seq s;
DROP TABLE events_before_partitioning;

-- Indexes of every partition: the log order, a stream's versions, and an event by id (for
-- SQL that still looks ids up in `events`; appends use event_keys).
CREATE INDEX events_log_order ON events (transaction_id, position);
CREATE INDEX events_stream_order ON events (stream_id, stream_version);
CREATE INDEX events_event_id ON events (event_id);

-- 5. The parent's triggers (after the copy: the rows moved in were checked when appended).
CREATE TRIGGER events_no_update_or_delete
    BEFORE UPDATE OR DELETE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_rewrite();

CREATE TRIGGER events_no_truncate
    BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_rewrite();

-- Cloned into every partition, present and future, even one attached by hand.
CREATE TRIGGER events_no_row_rewrite
    BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION events_refuse_rewrite();

-- The append guard of 0005, first recording every inserted event's keys in event_keys
-- (a repeated id or version fails there, 23505, as the old unique constraints did).
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
    INSERT INTO event_keys (event_id, stream_id, stream_version, position)
        SELECT i.event_id, i.stream_id, i.stream_version, i.position FROM inserted i;

    SELECT min(i.stream_id), max(i.stream_id), min(i.stream_version), max(i.stream_version), count(*)
      INTO first_stream, last_stream, first_version, last_version, event_count
      FROM inserted i;
    IF event_count = 0 THEN
        RETURN NULL;
    END IF;
    IF first_stream = last_stream AND last_version - first_version + 1 = event_count THEN
        UPDATE streams s SET version = last_version
         WHERE s.stream_id = first_stream AND s.version = first_version - 1;
        IF FOUND THEN
            RETURN NULL;
        END IF;
    END IF;

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

CREATE TRIGGER events_guard_stream_versions
    AFTER INSERT ON events
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION events_guard_stream_versions();

-- 6. append_events of 0005, looking ids up in event_keys (one probe, whatever the months).
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

    SELECT s.version INTO current_version FROM streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO streams AS s (stream_id, version) VALUES (p_stream_id, 0)
            ON CONFLICT (stream_id) DO NOTHING
            RETURNING s.version INTO current_version;
        IF NOT FOUND THEN
            SELECT s.version INTO current_version FROM streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
        END IF;
    END IF;

    IF event_count = 1 THEN
        PERFORM 1 FROM event_keys k WHERE k.event_id = p_event_ids[1];
    ELSE
        PERFORM 1 FROM event_keys k WHERE k.event_id = ANY (p_event_ids) LIMIT 1;
    END IF;
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
        RAISE EXCEPTION 'event ids already stored: % of % events appended to stream % exist already',
                stored_anywhere, event_count, p_stream_id
            USING ERRCODE = 'CB002',
                  DETAIL = (SELECT string_agg(k.event_id::text || '@' || k.stream_id, ',')
                              FROM event_keys k WHERE k.event_id = ANY (p_event_ids));
    END IF;

    IF (p_expected_version >= 0 AND current_version <> p_expected_version)
       OR (p_expected_version = -2 AND current_version = 0) THEN
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

-- 7. What the application role may do, as in 0001: read the log and its keys, append
--    (not choose positions, transaction ids or recording times), keep partitions ahead.
GRANT SELECT ON events TO callboard_app;
GRANT INSERT (stream_id, stream_version, event_id, event_type, schema_version, payload, metadata)
    ON events TO callboard_app;
GRANT SELECT ON event_keys TO callboard_app;
REVOKE ALL ON FUNCTION events_guard_partition(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION events_ensure_month_partition(timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION events_ensure_partitions(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION events_ensure_partitions(integer) TO callboard_app;
REVOKE ALL ON FUNCTION events_move_partition(text, text) FROM PUBLIC;
