-- A set-based rebuild loads a read model in several short transactions, a few row groups
-- each (issue 16, item 7: one transaction for the whole load held every reader of the log
-- back for minutes). read_model_history_load (schema/0046) filled the table from the whole
-- history table, so a second call in the same schema would load the first call's rows
-- again; now each call fills the table from the history rows it has just written, in the
-- same statement. The result of a single call is unchanged.
-- See Sources/Projections/Bulk/BulkChunks.swift.
CREATE OR REPLACE FUNCTION read_model_history_load(p_schema text, p_table text, p_versions text) RETURNS bigint
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
        'WITH versions AS ('
        '  INSERT INTO %I.%I (%s, known_from, known_until) '
        '  SELECT %s, known_from, known_until FROM ('
        '    SELECT v.*, lead(v.known_from) OVER w AS known_until, lead(v.run_txid) OVER w AS next_run'
        '      FROM (%s) v WINDOW w AS (PARTITION BY %s ORDER BY v.run_txid, v.run_position)) versions '
        '  WHERE next_run IS NULL OR known_until <> known_from'
        '  RETURNING *) '
        'INSERT INTO %I.%I (%s) SELECT %s FROM versions WHERE known_until IS NULL ORDER BY %s',
        p_schema, p_table || '__history', columns, columns, p_versions, keys,
        p_schema, p_table, columns, columns, keys);
    GET DIAGNOSTICS loaded = ROW_COUNT;
    RETURN loaded;
END
$$;
