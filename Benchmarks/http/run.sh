#!/usr/bin/env bash
# Load test of the export API: a release `callboard serve` on loopback, wrk from a second
# process, one small JSON endpoint and one one-year CSV export, with the server's resident
# memory read from /proc. Needs the demo world loaded (`callboard demo --scale full`, or any
# world with a year of intervals) and a release build (`swift build -c release --product callboard`).
#
#   CALLBOARD_PG_PORT=... Benchmarks/http/run.sh [EXPORT_ACCOUNT] [YEAR] [SMALL_ACCOUNT]
#
# EXPORT_ACCOUNT (default LOADTEST, from import-year.sh) is exported for a year as CSV;
# SMALL_ACCOUNT (default the same) answers the small JSON endpoint GET /v1/accounts/{account}.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=.build/release/callboard
account=${1:-LOADTEST}
year=${2:-2025}
small=${3:-$account}
port=${CALLBOARD_HTTP_PORT:-18080}
duration=${WRK_DURATION:-30s}

token=$($bin token issue --account "$account" --expires 1d --label "http benchmark")
small_token=$($bin token issue --account "$small" --expires 1d --label "http benchmark")
# The rate limit is per token; the load test measures the server, not the limiter.
$bin serve --port "$port" --rate-per-second 1000000 --rate-burst 1000000 > /tmp/callboard-serve-bench.log 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.2; done
# Wait until the read models have applied everything (serve runs the projections).
until curl -sf "http://127.0.0.1:$port/metrics" \
        | awk '/^callboard_projection_events_behind/ && $2 != 0 {n++} END {exit n > 0}'; do sleep 2; done
curl -sf "http://127.0.0.1:$port/readyz"

grep -E 'VmRSS|VmHWM' /proc/$server/status
echo "== one-year CSV export (first, on a fresh server): GET /v1/accounts/$account/intervals?from=$year-01-01&to=$year-12-31&format=csv"
before=$(awk '/VmHWM/ {print $2}' /proc/$server/status)
peak=0
( while kill -0 $server 2>/dev/null; do
      awk '/VmRSS/ {print $2}' /proc/$server/status; sleep 0.2
  done ) > /tmp/callboard-serve-rss.txt &
sampler=$!
curl -sS -o /tmp/callboard-export.csv -w 'status %{http_code}, %{size_download} bytes in %{time_total} s\n' \
    -H "Authorization: Bearer $token" "http://127.0.0.1:$port/v1/accounts/$account/intervals?from=$year-01-01&to=$year-12-31&format=csv"
kill $sampler 2>/dev/null || true
peak=$(sort -n /tmp/callboard-serve-rss.txt | tail -1)
echo "rows: $(($(wc -l < /tmp/callboard-export.csv) - 1))"
echo "server VmHWM before the export: ${before} kB; peak VmRSS sampled during it: ${peak} kB"
grep -E 'VmRSS|VmHWM' /proc/$server/status

echo "== small JSON endpoint: GET /v1/accounts/$small (wrk, 1 thread, 32 connections, $duration)"
curl -sS -o /dev/null -w '%{size_download} bytes per response\n' -H "Authorization: Bearer $small_token" \
    "http://127.0.0.1:$port/v1/accounts/$small"
CALLBOARD_TOKEN=$small_token wrk -t1 -c32 -d"$duration" --latency -s Benchmarks/http/bearer.lua \
    "http://127.0.0.1:$port/v1/accounts/$small"
grep -E 'VmRSS|VmHWM' /proc/$server/status
echo "== the same again, to see whether memory keeps growing"
CALLBOARD_TOKEN=$small_token wrk -t1 -c32 -d"$duration" --latency -s Benchmarks/http/bearer.lua \
    "http://127.0.0.1:$port/v1/accounts/$small" | grep -E 'Requests/sec|99%'
grep -E 'VmRSS|VmHWM' /proc/$server/status
