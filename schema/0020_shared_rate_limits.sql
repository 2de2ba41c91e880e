-- The export API's per-token rate limit, shared by every `callboard serve` process that uses
-- this database: one token bucket per API token (`burst` requests at once, `per_second` a
-- second on average), taken from by `take_rate_tokens` in one round trip (an upsert that
-- locks the token's row for the statement, so concurrent takes from several servers queue
-- on it and never grant a token twice).
--
-- UNLOGGED: the buckets are not worth a WAL write per request. After a crash of the server
-- (or on a promoted replica) the table is empty, which means every bucket is full: clients
-- may make `burst` requests at once again, no more. A row whose bucket has filled up again
-- says nothing an absent row does not, so `prune_rate_buckets` deletes those.

CREATE UNLOGGED TABLE api_rate_buckets (
    token_id   text COLLATE "C" PRIMARY KEY,
    -- Requests that may still be made at once, as of updated_at (before refilling).
    tokens     double precision NOT NULL CHECK (tokens >= 0),
    -- What the latest take granted (for RETURNING: the row shows only its new values).
    granted    integer NOT NULL CHECK (granted >= 0),
    updated_at timestamptz NOT NULL
);

-- The bucket's level at `at`: what it held at `updated_at` plus what flowed in since, up
-- to its size. A clock that went backwards (another server's statement that started
-- earlier but took the row later) adds nothing.
CREATE FUNCTION rate_bucket_level(
    p_tokens double precision, p_updated_at timestamptz, p_at timestamptz,
    p_per_second double precision, p_burst double precision
) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT least(p_burst, p_tokens + p_per_second * greatest(0, extract(epoch FROM p_at - p_updated_at)::double precision))
$$;

-- Takes up to `p_want` requests from the token's bucket (created full on first use) and
-- returns how many were granted (fewer when the bucket holds fewer whole tokens, 0 when
-- the request must wait) and what the bucket holds afterwards: the caller computes the
-- RateLimit-* headers and Retry-After from it.
CREATE FUNCTION take_rate_tokens(
    p_token text, p_per_second double precision, p_burst double precision, p_want integer
) RETURNS TABLE (granted integer, tokens double precision)
LANGUAGE sql AS $$
    INSERT INTO api_rate_buckets AS bucket (token_id, tokens, granted, updated_at)
    VALUES (p_token,
            p_burst - least(greatest(p_want, 0), floor(p_burst)),
            least(greatest(p_want, 0), floor(p_burst))::integer,
            statement_timestamp())
    ON CONFLICT (token_id) DO UPDATE SET
        granted = least(greatest(p_want, 0),
                        floor(rate_bucket_level(bucket.tokens, bucket.updated_at, statement_timestamp(), p_per_second, p_burst)))::integer,
        tokens = rate_bucket_level(bucket.tokens, bucket.updated_at, statement_timestamp(), p_per_second, p_burst)
                 - least(greatest(p_want, 0),
                         floor(rate_bucket_level(bucket.tokens, bucket.updated_at, statement_timestamp(), p_per_second, p_burst))),
        updated_at = greatest(bucket.updated_at, statement_timestamp())
    RETURNING bucket.granted, bucket.tokens
$$;

-- Deletes the buckets that have filled up again (as good as absent); returns how many.
CREATE FUNCTION prune_rate_buckets(p_per_second double precision, p_burst double precision) RETURNS bigint
LANGUAGE sql AS $$
    WITH pruned AS (
        DELETE FROM api_rate_buckets AS bucket
         WHERE rate_bucket_level(bucket.tokens, bucket.updated_at, statement_timestamp(), p_per_second, p_burst) >= p_burst
        RETURNING 1
    )
    SELECT count(*) FROM pruned
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON api_rate_buckets TO callboard_app;
GRANT EXECUTE ON FUNCTION rate_bucket_level(double precision, timestamptz, timestamptz, double precision, double precision) TO callboard_app;
GRANT EXECUTE ON FUNCTION take_rate_tokens(text, double precision, double precision, integer) TO callboard_app;
GRANT EXECUTE ON FUNCTION prune_rate_buckets(double precision, double precision) TO callboard_app;
