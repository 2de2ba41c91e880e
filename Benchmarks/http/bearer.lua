-- wrk script: every request carries the bearer token in $CALLBOARD_TOKEN.
-- Usage: CALLBOARD_TOKEN=cbt_... wrk -t1 -c32 -d30s --latency -s bearer.lua URL
wrk.headers["Authorization"] = "Bearer " .. os.getenv("CALLBOARD_TOKEN")
wrk.headers["Accept"] = "application/json"
