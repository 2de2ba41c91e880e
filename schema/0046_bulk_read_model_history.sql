-- Read-model history that does not depend on how the log was cut into batches, and the
-- two functions a set-based rebuild loads it with (issue 16, item 7).
--
-- The engine applies a run of events recorded by one transaction in one or several
-- batches, depending on where a batch happens to end (a catch-up that stopped mid-way, a
-- run longer than a batch). Until now a row touched in two batches of one run kept a
-- version known from and until the same instant, and `runs__history` a row per batch.
-- Neither can be seen at any instant (a version is shown when known_from <= t <
-- known_until), but they made a table's history depend on the batch size. Now:
--   * a version closed at the very instant it was opened is deleted instead (the history
--     keeps, per row and per run that touched it, the row as that run left it);
--   * the engine's stamp replaces the row of the same run in `runs__history` (one row per
--     run: its stamp, its transaction and its last event of the read model's types).
-- So the history of a read model is a function of the log alone, which a rebuild that
-- computes it set-based from the log (read_model_history_load) reproduces exactly.
-- See Sources/Projections/History/ReadModelHistory.swift and Sources/Projections/Bulk.

CREATE OR REPLACE FUNCTION read_model_history_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    stamp timestamptz := read_model_history_stamp();
BEGIN
    EXECUTE format('DELETE FROM %I.%I h USING old_rows o WHERE h.known_until IS NULL AND h.known_from = $1 AND %s',
                   TG_TABLE_SCHEMA, TG_TABLE_NAME || '__history', TG_ARGV[0])
        USING stamp;
    EXECUTE format('UPDATE %I.%I h SET known_until = $1 FROM old_rows o WHERE h.known_until IS NULL AND %s',
                   TG_TABLE_SCHEMA, TG_TABLE_NAME || '__history', TG_ARGV[0])
        USING stamp;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION read_model_history_update() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    stamp timestamptz := read_model_history_stamp();
BEGIN
    EXECUTE format('DELETE FROM %I.%I h USING old_rows o WHERE h.known_until IS NULL AND h.known_from = $1 AND %s',
                   TG_TABLE_SCHEMA, TG_TABLE_NAME || '__history', TG_ARGV[0])
        USING stamp;
    EXECUTE format('UPDATE %I.%I h SET known_until = $1 FROM old_rows o WHERE h.known_until IS NULL AND %s',
                   TG_TABLE_SCHEMA, TG_TABLE_NAME || '__history', TG_ARGV[0])
        USING stamp;
    EXECUTE format('INSERT INTO %I.%I SELECT n.*, $1, NULL FROM new_rows n',
                   TG_TABLE_SCHEMA, TG_TABLE_NAME || '__history')
        USING stamp;
    RETURN NULL;
END
$$;

-- Turns the history triggers of every table of `p_schema` off or on: a set-based rebuild
-- writes the history itself (read_model_history_load) in the transaction that fills the
-- tables, with the triggers off, then turns them on for the batches that follow.
CREATE FUNCTION read_model_history_triggers(p_schema text, p_enabled boolean) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.relname::text AS name
               FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = p_schema AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE '%\_\_history'
    LOOP
        EXECUTE format('ALTER TABLE %I.%I %s TRIGGER USER', p_schema, t.name,
                       CASE WHEN p_enabled THEN 'ENABLE' ELSE 'DISABLE' END);
    END LOOP;
END
$$;

-- Fills the empty table `p_schema.p_table` and its history from `p_versions`, a query
-- giving the table's columns (by name) plus `known_from` (the run's stamp), `run_txid` and
-- `run_position` (the run's place in the log): one row per row of the table and per run
-- that touched it, as that run left it. Each version is known until the next run that
-- touched the same row (its primary key); one followed by a run of the same instant is
-- left out, as the triggers leave it out (see above). The table gets each row's last
-- version. For tables with a primary key whose rows the read model never deletes.
-- Returns the number of rows of the table.
CREATE FUNCTION read_model_history_load(p_schema text, p_table text, p_versions text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    relation regclass := format('%I.%I', p_schema, p_table)::regclass;
    columns  text;
    keys     text;
    loaded   bigint;
BEGIN
    SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO columns
      FROM pg_attribute a WHERE a.attrelid = relation AND a.attnum > 0 AND NOT a.attisdropped;
    SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY array_position(i.indkey::int2[], a.attnum)) INTO keys
      FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
     WHERE i.indrelid = relation AND i.indisprimary;
    IF keys IS NULL THEN
        RAISE EXCEPTION 'read_model_history_load: %.% has no primary key', p_schema, p_table;
    END IF;
    EXECUTE format(
        'INSERT INTO %I.%I (%s, known_from, known_until) '
        'SELECT %s, known_from, known_until FROM ('
        '  SELECT v.*, lead(v.known_from) OVER w AS known_until, lead(v.run_txid) OVER w AS next_run'
        '    FROM (%s) v WINDOW w AS (PARTITION BY %s ORDER BY v.run_txid, v.run_position)) versions '
        'WHERE next_run IS NULL OR known_until <> known_from',
        p_schema, p_table || '__history', columns, columns, p_versions, keys);
    EXECUTE format('INSERT INTO %I.%I (%s) SELECT %s FROM %I.%I WHERE known_until IS NULL ORDER BY %s',
                   p_schema, p_table, columns, columns, p_schema, p_table || '__history', keys);
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RETURN loaded;
END
$$;
