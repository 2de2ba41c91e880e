-- Group commit that does not slow down as the log grows (issue 17, item 2).
--
-- With PostgreSQL's default planner costs (random_page_cost = 4), a session's sixth call of
-- append_single_events switched to PL/pgSQL's generic plan for the statement that numbers
-- the group's rows, and that plan joined the group to `streams` by a hash join over a
-- sequential scan of the whole table: the table was small when the plan was made (never
-- analysed, so estimated at 10 pages), and a cached generic plan is kept until the table's
-- statistics change. Every later group then read every stream row: in the benchmark's eight
-- writers, 3,019 sequential scans reading 13.2 million rows in 40 s, the server's CPU per
-- group growing with the number of streams, and eight writers' rate falling from 2,280 to
-- 1,260 events/s while one writer's (keyed lookups only) held. With random_page_cost = 1.1
-- (ClusterSettings.tuned) the same plan used the key, which is why only the defaults decayed.
--
-- The statements of a group append and of the append guard touch a handful of streams by
-- key; a sequential scan, hash join or merge join of `streams` or `event_keys` is never the
-- right plan for them, whatever the table's size when a session first plans them. So the
-- two functions plan with those off (each is then a nested loop over the group's rows with
-- a lookup by key), and with JIT off, so that no statement's cost estimate can ever make a
-- group pay for compiling one. Bulk appends (the guard on a COPY of thousands of events)
-- look each stream up once by key as well: one index probe per stream of the batch.
--
-- Nothing else changes: bodies, signatures, answers, grants, and the 100 ms lock wait of
-- append_single_events (ALTER FUNCTION ... SET adds to a function's settings). A later
-- CREATE OR REPLACE of either function must repeat these settings.

ALTER FUNCTION append_single_events(text[], bigint[], uuid[], text[], integer[], jsonb[], jsonb[])
    SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off SET jit = off;

ALTER FUNCTION events_guard_stream_versions()
    SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off SET jit = off;
