-- Read-model history: every read-model table keeps, beside it, the versions of its rows
-- with the recorded time from which each was known and until which it stayed true
-- (`known_from`, `known_until`; NULL until: still current). An as-of report reads views
-- over these histories filtered to its instant; the live tables are unchanged.
--
-- The projection engine stamps each run of events recorded by one transaction (same
-- `recorded_at`) with that time, in the transaction-local setting `callboard.known_from`,
-- before it applies the run; these statement-level triggers copy what each statement of
-- the projection inserted, updated or deleted into `<table>__history` with that stamp.
-- See Sources/Projections/History/ReadModelHistory.swift.

-- The stamp of the run being applied; a change to a read model with history outside the
-- engine (no stamp) is refused rather than recorded with a wrong time.
CREATE FUNCTION read_model_history_stamp() RETURNS timestamptz
LANGUAGE plpgsql STABLE AS $$
DECLARE
    stamp text := nullif(current_setting('callboard.known_from', true), '');
BEGIN
    IF stamp IS NULL THEN
        RAISE EXCEPTION 'a read-model table with history was changed outside the projection engine (no callboard.known_from)'
            USING ERRCODE = 'CB010';
    END IF;
    RETURN stamp::timestamptz;
END
$$;

-- AFTER INSERT ... FOR EACH STATEMENT REFERENCING NEW TABLE AS new_rows: each inserted row
-- becomes a version known from the stamp.
CREATE FUNCTION read_model_history_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('INSERT INTO %I.%I SELECT n.*, $1, NULL FROM new_rows n',
                   TG_TABLE_SCHEMA, TG_TABLE_NAME || '__history')
        USING read_model_history_stamp();
    RETURN NULL;
END
$$;

-- AFTER DELETE ... REFERENCING OLD TABLE AS old_rows: the current version of each deleted
-- row is closed at the stamp. TG_ARGV[0] matches a history row h to an old row o (the
-- table's primary key, or every column when it has none).
CREATE FUNCTION read_model_history_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('UPDATE %I.%I h SET known_until = $1 FROM old_rows o WHERE h.known_until IS NULL AND %s',
                   TG_TABLE_SCHEMA, TG_TABLE_NAME || '__history', TG_ARGV[0])
        USING read_model_history_stamp();
    RETURN NULL;
END
$$;

-- AFTER UPDATE ... REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows: the old
-- versions are closed and the new ones open, at the same stamp.
CREATE FUNCTION read_model_history_update() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    stamp timestamptz := read_model_history_stamp();
BEGIN
    EXECUTE format('UPDATE %I.%I h SET known_until = $1 FROM old_rows o WHERE h.known_until IS NULL AND %s',
                   TG_TABLE_SCHEMA, TG_TABLE_NAME || '__history', TG_ARGV[0])
        USING stamp;
    EXECUTE format('INSERT INTO %I.%I SELECT n.*, $1, NULL FROM new_rows n',
                   TG_TABLE_SCHEMA, TG_TABLE_NAME || '__history')
        USING stamp;
    RETURN NULL;
END
$$;

-- Gives every table of a read model's schema its history: `<table>__history` with the
-- table's columns plus the validity, copies of the table's indexes (not unique: a key has
-- many versions), the three triggers, and the rows already there as known since ever.
-- Also `runs__history`: one row per run the engine applied (its stamp and last event),
-- from which an as-of report reads the position it reflects. Names ending in `__history`
-- are reserved in read-model schemas.
CREATE FUNCTION read_model_history_enable(p_schema text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    t         record;
    history   text;
    index_def text;
    key_match text;
BEGIN
    FOR t IN SELECT c.oid, c.relname::text AS name
               FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = p_schema AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE '%\_\_history'
              ORDER BY c.relname
    LOOP
        history := t.name || '__history';
        EXECUTE format('CREATE TABLE %I.%I (LIKE %I.%I)', p_schema, history, p_schema, t.name);
        EXECUTE format('ALTER TABLE %I.%I ADD COLUMN known_from timestamptz NOT NULL, ADD COLUMN known_until timestamptz',
                       p_schema, history);
        FOR index_def IN SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE i.indrelid = t.oid LOOP
            EXECUTE format('CREATE INDEX ON %I.%I %s', p_schema, history,
                           substring(index_def FROM position(' USING ' IN index_def) + 1));
        END LOOP;
        SELECT string_agg(format('h.%1$I = o.%1$I', a.attname), ' AND ') INTO key_match
          FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
         WHERE i.indrelid = t.oid AND i.indisprimary;
        IF key_match IS NULL THEN
            SELECT format('(%s) IS NOT DISTINCT FROM (%s)',
                          string_agg(format('h.%I', a.attname), ', ' ORDER BY a.attnum),
                          string_agg(format('o.%I', a.attname), ', ' ORDER BY a.attnum))
              INTO key_match
              FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped;
        END IF;
        EXECUTE format('INSERT INTO %I.%I SELECT t.*, ''-infinity'', NULL FROM %I.%I t', p_schema, history, p_schema, t.name);
        EXECUTE format('CREATE TRIGGER history_insert AFTER INSERT ON %I.%I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION read_model_history_insert()', p_schema, t.name);
        EXECUTE format('CREATE TRIGGER history_update AFTER UPDATE ON %I.%I REFERENCING OLD TABLE AS old_rows '
                       'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION read_model_history_update(%L)',
                       p_schema, t.name, key_match);
        EXECUTE format('CREATE TRIGGER history_delete AFTER DELETE ON %I.%I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION read_model_history_delete(%L)', p_schema, t.name, key_match);
    END LOOP;
    EXECUTE format('CREATE TABLE %I.runs__history (known_from timestamptz NOT NULL, transaction_id xid8 NOT NULL, '
                   'position bigint NOT NULL)', p_schema);
    EXECUTE format('CREATE INDEX ON %I.runs__history (known_from, transaction_id, position)', p_schema);
END
$$;

-- Creates `p_scratch` with one view per table of the read model in `p_live`, named and
-- shaped like the table, showing the versions known at `p_instant`: the report's own SQL
-- then reads the read model as known then (see ReportReader.asOf).
CREATE FUNCTION read_model_history_views(p_live text, p_scratch text, p_instant timestamptz) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    t record;
BEGIN
    EXECUTE format('CREATE SCHEMA %I', p_scratch);
    FOR t IN SELECT c.relname::text AS name, string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) AS columns
               FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
              WHERE n.nspname = p_live AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE '%\_\_history'
              GROUP BY c.relname
    LOOP
        EXECUTE format('CREATE VIEW %I.%I AS SELECT %s FROM %I.%I '
                       'WHERE known_from <= %L::timestamptz AND (known_until IS NULL OR known_until > %L::timestamptz)',
                       p_scratch, t.name, t.columns, p_live, t.name || '__history', p_instant, p_instant);
    END LOOP;
END
$$;
