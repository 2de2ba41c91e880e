-- Projections: read models derived from the log, each in its own schema `rm_<name>`,
-- each with a checkpoint that moves in the same transaction as its read-model writes.

CREATE TABLE projection_checkpoints (
    name           text PRIMARY KEY,
    transaction_id xid8 NOT NULL DEFAULT '0'::xid8,
    position       bigint NOT NULL DEFAULT 0,
    events_applied bigint NOT NULL DEFAULT 0,
    rebuilt_at     timestamptz,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

GRANT SELECT, INSERT, UPDATE ON projection_checkpoints TO callboard_app;

-- Projections create their read-model schemas (and rebuild them beside the live one).
DO $$
BEGIN
    EXECUTE format('GRANT CREATE ON DATABASE %I TO callboard_app', current_database());
END
$$;
