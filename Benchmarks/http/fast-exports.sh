#!/usr/bin/env bash
# Issue 14 item 7, fast exports: throughput and p99 of three exports against /healthz of the
# same release server, in one wrk run each (1 thread, 32 connections), on the full demo world
# loaded into a scratch cluster. Prints each figure, the ratio to /healthz and MET or MISSED:
#
#   GET /v1/accounts/{account}                      >= 0.25x /healthz, p99 < 20 ms
#   GET /v1/accounts/{account}/sla/daily?month=M    >= 0.05x /healthz, p99 < 20 ms
#   GET /v1/accounts/{account}/intervals (100 rows) >= 0.10x /healthz, p99 < 20 ms
#
#   CALLBOARD_BENCHMARKS=1 swift build -c release --scratch-path .build-bench --product callboard
#   Benchmarks/http/fast-exports.sh [ACCOUNT] [MONTH]      # default tabula 2026-11
#
# The scratch cluster lives in CALLBOARD_BENCH_HOME (default /tmp/callboard-http-bench) on
# CALLBOARD_BENCH_PG_PORT (default 54386); the world is loaded once (`callboard demo --scale
# full --now 2026-12-07`, kept for later runs; CALLBOARD_BENCH_RELOAD=1 loads it again into
# a fresh cluster). The binary: CALLBOARD_BIN (default .build-bench/release/callboard).
# WRK_DURATION (default 20s) per endpoint; the server listens on 127.0.0.1:CALLBOARD_HTTP_PORT
# (default 18090) with the rate limit out of the way. The server stops at exit, and the cluster
# too when this script started it (one that already ran, perhaps read by others, keeps running).
# CALLBOARD_BENCH_TOKEN: a token of ACCOUNT issued earlier, so a run against a shared world
# appends nothing to it (else one token is issued per run).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${CALLBOARD_BIN:-.build-bench/release/callboard}
account=${1:-tabula}
month=${2:-2026-11}
home=${CALLBOARD_BENCH_HOME:-/tmp/callboard-http-bench}
port=${CALLBOARD_HTTP_PORT:-18090}
duration=${WRK_DURATION:-20s}
export CALLBOARD_HOME=$home CALLBOARD_PG_PORT=${CALLBOARD_BENCH_PG_PORT:-54386}
unset CALLBOARD_DATABASE_URL
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 2; }

[ -n "${CALLBOARD_BENCH_RELOAD:-}" ] && { "$bin" db stop >/dev/null 2>&1 || true; rm -rf "$home"; }
mkdir -p "$home"
pid_file="$home/data/postmaster.pid"
if [ -f "$pid_file" ] && kill -0 "$(head -1 "$pid_file")" 2>/dev/null; then
    stop_cluster=:                       # it ran before us: leave it running
else
    stop_cluster='"$bin" db stop >/dev/null 2>&1 || true'
fi
"$bin" db start >/dev/null
trap "$stop_cluster" EXIT
"$bin" db migrate | tail -1
if [ ! -f "$home/loaded" ]; then
    echo "loading the full demo world (minutes)"
    "$bin" demo --scale full --now 2026-12-07 > "$home/demo.log" 2>&1
    touch "$home/loaded"
fi

token=${CALLBOARD_BENCH_TOKEN:-$("$bin" token issue --account "$account" --expires 1d --label "fast exports benchmark")}
"$bin" serve --port "$port" --rate-per-second 1000000 --rate-burst 1000000 > "$home/serve.log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true; '"$stop_cluster" EXIT
for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.2; done
echo "waiting for the read models to apply everything (serve runs the projections)"
until curl -sf "http://127.0.0.1:$port/metrics" \
        | awk '/^callboard_projection_events_behind/ {seen++} /^callboard_projection_events_behind/ && $2 != 0 {n++} END {exit !(seen > 0 && n == 0)}'; do
    sleep 5
done

base="http://127.0.0.1:$port"
paths=(
    "/healthz"
    "/v1/accounts/$account"
    "/v1/accounts/$account/sla/daily?month=$month"
    "/v1/accounts/$account/intervals?from=$month-01&to=$month-02&limit=100"
)
names=(healthz account sla_daily intervals_100)
targets=(1 0.25 0.05 0.10)

# wrk's "99%  12.34ms" in milliseconds.
p99_ms() { awk '/^ +99%/ {v=$2; u=v; gsub(/[0-9.]/,"",u); gsub(/[a-z]/,"",v);
                          f=(u=="us")?0.001:(u=="s")?1000:(u=="m")?60000:1; printf "%.2f", v*f}'; }
declare -A rps p99 bytes
for i in "${!paths[@]}"; do
    url="$base${paths[$i]}"
    bytes[$i]=$(curl -sS -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $token" "$url")
    out=$(CALLBOARD_TOKEN=$token wrk -t1 -c32 -d"$duration" --latency -s Benchmarks/http/bearer.lua "$url")
    rps[$i]=$(echo "$out" | awk '/^Requests\/sec/ {print $2}')
    p99[$i]=$(echo "$out" | p99_ms)
    errors=$(echo "$out" | grep -E 'Non-2xx|Socket errors' || true)
    echo "${names[$i]}: ${rps[$i]} req/s, p99 ${p99[$i]} ms, ${bytes[$i]} bytes ${errors:+($errors)}"
done

echo
printf '%-14s %12s %10s %9s %8s  %s\n' endpoint req/s ratio target p99_ms verdict
for i in "${!paths[@]}"; do
    ratio=$(awk -v a="${rps[$i]}" -v b="${rps[0]}" 'BEGIN {printf "%.3f", a / b}')
    if [ "$i" = 0 ]; then verdict="(baseline)"; else
        verdict=$(awk -v r="$ratio" -v t="${targets[$i]}" -v p="${p99[$i]}" \
            'BEGIN {print ((r >= t ? "MET" : "MISSED") " ratio, " (p < 20 ? "MET" : "MISSED") " p99")}')
    fi
    printf '%-14s %12s %10s %9s %8s  %s\n' "${names[$i]}" "${rps[$i]}" "${ratio}x" "${targets[$i]}x" "${p99[$i]}" "$verdict"
done
