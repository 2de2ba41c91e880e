-- Standing as-of views: for each read model `rm_<name>` with history, a schema `asof_<name>`
-- holding one view per table, named and shaped like the table, showing the versions known
-- at the instant in the transaction-local setting `callboard.as_of`
-- (`SELECT set_config('callboard.as_of', '2026-11-05T12:00:00Z', true)`).
--
-- Unlike the scratch views of 0010 (`read_model_history_views`), made and dropped by each
-- as-of report, these are made once, on the primary, and reach hot standbys with the WAL:
-- a standby cannot create anything but can set a setting, so as-of reads can run on the
-- read replicas like live ones. See Sources/Projections/History/ReadModelHistory+StandingViews.swift.
--
-- They depend on the history tables, so a rebuild (which drops the live schema) drops them;
-- the engine makes them again at install, and an as-of read on the primary remakes them
-- when they no longer fit the read model (read_model_history_standing_fits).

-- (Re)creates `p_standing` with one view per table of the read model in `p_live`.
CREATE FUNCTION read_model_history_standing_views(p_live text, p_standing text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    t record;
BEGIN
    EXECUTE format('DROP SCHEMA IF EXISTS %I CASCADE', p_standing);
    EXECUTE format('CREATE SCHEMA %I', p_standing);
    FOR t IN SELECT c.relname::text AS name, string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) AS columns
               FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
              WHERE n.nspname = p_live AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE '%\_\_history'
              GROUP BY c.relname
    LOOP
        EXECUTE format('CREATE VIEW %I.%I AS SELECT %s FROM %I.%I '
                       'WHERE known_from <= current_setting(''callboard.as_of'')::timestamptz '
                       'AND (known_until IS NULL OR known_until > current_setting(''callboard.as_of'')::timestamptz)',
                       p_standing, t.name, t.columns, p_live, t.name || '__history');
    END LOOP;
END
$$;

-- Whether `p_standing` holds exactly one view per table of `p_live`, with the table's
-- columns (names and types, in order), and `p_live` keeps history: read-only, so a standby
-- answers it too.
CREATE FUNCTION read_model_history_standing_fits(p_live text, p_standing text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    WITH shapes AS (
        SELECT n.nspname::text AS schema, c.relkind,
               c.relname || '(' || string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', '
                                              ORDER BY a.attnum) || ')' AS shape
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
         WHERE (n.nspname = p_live AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE '%\_\_history')
            OR (n.nspname = p_standing AND c.relkind = 'v')
         GROUP BY n.nspname, c.relkind, c.relname
    )
    SELECT to_regclass(quote_ident(p_live) || '.runs__history') IS NOT NULL
       AND EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = p_standing)
       AND coalesce((SELECT string_agg(shape, '; ' ORDER BY shape) FROM shapes WHERE schema = p_live), '')
         = coalesce((SELECT string_agg(shape, '; ' ORDER BY shape) FROM shapes WHERE schema = p_standing), '')
$$;

-- The read models installed before this migration get theirs now.
DO $$
DECLARE
    live text;
BEGIN
    FOR live IN SELECT n.nspname::text FROM pg_namespace n
                 WHERE n.nspname LIKE 'rm\_%' AND n.nspname NOT LIKE '%\_rebuild'
                   AND to_regclass(quote_ident(n.nspname) || '.runs__history') IS NOT NULL
    LOOP
        PERFORM read_model_history_standing_views(live, 'asof_' || substr(live, 4));
    END LOOP;
END
$$;
