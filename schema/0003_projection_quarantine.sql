-- Projection quarantine: events a read model could not decode or apply (a payload an
-- older version or a bug let into the log, a figure that does not fit a column, an
-- instant no reader can store). The projection records the event here, in the same
-- transaction that moves its checkpoint past it, and carries on with the rest.
--
-- A row is retried when the code that quarantined it is replaced (`code_version`
-- differs from the running one) and on demand (`callboard projections
-- retry-quarantined`): the read model is rebuilt from the log, so the event is applied
-- in its place; an event that now applies leaves the quarantine.

CREATE TABLE projection_quarantine (
    projection       text NOT NULL,
    position         bigint NOT NULL,
    transaction_id   xid8 NOT NULL,
    stream_id        text COLLATE "C" NOT NULL,
    stream_version   bigint NOT NULL,
    event_id         uuid NOT NULL,
    event_type       text NOT NULL,
    reason           text NOT NULL,
    code_version     text NOT NULL,
    attempts         integer NOT NULL DEFAULT 1 CHECK (attempts >= 1),
    first_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_attempt_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (projection, position)
);

CREATE INDEX projection_quarantine_in_log_order ON projection_quarantine (projection, transaction_id, position);

GRANT SELECT, INSERT, UPDATE, DELETE ON projection_quarantine TO callboard_app;

-- Naming the session that holds the log's horizon back (its transaction start, state and
-- application) needs the statistics of other roles' sessions.
-- Granted when the migrating role may (a superuser may); otherwise the age and state of
-- other roles' sessions show as unknown, and deploy/README.md says how to grant it.
DO $$
BEGIN
    GRANT pg_read_all_stats TO callboard_app;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'pg_read_all_stats not granted to callboard_app: %', SQLERRM;
END
$$;
