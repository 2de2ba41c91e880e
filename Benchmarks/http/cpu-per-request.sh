#!/usr/bin/env bash
# The server's CPU time (user + system, from /proc/PID/stat) per answered request of /healthz
# and of GET /v1/accounts/{account}, wrk -t1 -c32 for WRK_DURATION (default 10s) each, twice:
# a per-request cost that other work on the machine changes far less than req/s, for A/B
# comparisons of two binaries on a busy machine (run it once per CALLBOARD_BIN).
#
#   CALLBOARD_BENCH_TOKEN=cbt_... Benchmarks/http/cpu-per-request.sh [ACCOUNT]
#
# Needs the cluster of fast-exports.sh running (CALLBOARD_BENCH_HOME, CALLBOARD_BENCH_PG_PORT)
# and a token of ACCOUNT; appends nothing. The server listens on CALLBOARD_HTTP_PORT (default 18090).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${CALLBOARD_BIN:-.build-bench/release/callboard}
account=${1:-tabula}
port=${CALLBOARD_HTTP_PORT:-18090}
duration=${WRK_DURATION:-10s}
token=${CALLBOARD_BENCH_TOKEN:?a token of the account (callboard token issue)}
export CALLBOARD_HOME=${CALLBOARD_BENCH_HOME:-/tmp/callboard-http-bench} CALLBOARD_PG_PORT=${CALLBOARD_BENCH_PG_PORT:-54386}
unset CALLBOARD_DATABASE_URL
"$bin" serve --port "$port" --rate-per-second 1000000 --rate-burst 1000000 > /dev/null 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.2; done
ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
hz=$(getconf CLK_TCK)
for path in /healthz "/v1/accounts/$account" /healthz "/v1/accounts/$account"; do
    url="http://127.0.0.1:$port$path"
    CALLBOARD_TOKEN=$token wrk -t1 -c32 -d3s -s Benchmarks/http/bearer.lua "$url" > /dev/null   # warm
    before=$(ticks)
    out=$(CALLBOARD_TOKEN=$token wrk -t1 -c32 -d"$duration" -s Benchmarks/http/bearer.lua "$url")
    after=$(ticks)
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    awk -v t=$((after - before)) -v h="$hz" -v n="$requests" -v p="$path" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
        'BEGIN {printf "%-24s %8d requests %8.1f us CPU each (load %s)\n", p, n, t / h * 1e6 / n, l}'
done
