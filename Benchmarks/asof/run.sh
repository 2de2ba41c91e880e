#!/usr/bin/env bash
# Live against as-of report times on the full demo world (issue 15, item 4).
#
# Loads the full demo world once into a scratch directory (its own embedded cluster under
# .callboard/, on CALLBOARD_PG_PORT), then times each report's whole CLI process with
# farm-bench: live, and --as-of three recorded instants (10%, 50% of the way through the
# log's recorded time, and its last event). Prints farm-bench's reports; quote the medians.
#
#   CALLBOARD_BENCHMARKS=1 swift build -c release --scratch-path .build-bench --product callboard
#   CALLBOARD_PG_PORT=54363 Benchmarks/asof/run.sh [SCRATCH_DIR]
#
# Environment: CALLBOARD_BIN (default .build-bench/release/callboard), ASOF_RUNS (default 5);
# CALLBOARD_DATABASE_URL (+ CALLBOARD_ADMIN_DATABASE_URL) to use an existing empty database instead.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
bin=${CALLBOARD_BIN:-$repo/.build-bench/release/callboard}
dir=${1:-$(mktemp -d)}
runs=${ASOF_RUNS:-5}
export CALLBOARD_SCHEMA_DIR=$repo/schema
mkdir -p "$dir"
cd "$dir"
embedded=${CALLBOARD_DATABASE_URL:-}
if [ ! -f .loaded ]; then
    [ -n "$embedded" ] || "$bin" db start
    "$bin" db migrate
    start=$(date +%s)
    "$bin" demo --scale full --now 2026-12-07 > demo.log
    echo "demo loaded in $(( $(date +%s) - start )) s (with read-model history)"
    touch .loaded
fi
if [ -n "$embedded" ]; then url=$embedded; else "$bin" db start > /dev/null; url=$("$bin" db status | sed -n 2p); fi
instant() {
    psql "$url" -Atc "SELECT to_char((min(recorded_at) + (max(recorded_at) - min(recorded_at)) * $1) AT TIME ZONE 'UTC',
                                      'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM events"
}
early=$(instant 0.1); middle=$(instant 0.5); latest=$(instant 1.0)
psql "$url" -Atc "SELECT 'events: ' || count(*) FROM events"
echo "instants: early $early, middle $middle, latest $latest"
reports=(
    "roster --site MNL"
    "staffing --site MNL --week 2026-W49"
    "coverage --account tabula --date 2026-12-01"
    "sla --account tabula --month 2026-11"
    "intraday --account tabula --date 2026-12-06"
    "awards --site MNL --month 2026-11"
    "certifications --site MNL"
    "readiness --site MNL"
)
for report in "${reports[@]}"; do
    for at in live "$early" "$middle" "$latest"; do
        # shellcheck disable=SC2086
        if [ "$at" = live ]; then args=(report $report --format csv); else args=(report $report --format csv --as-of "$at"); fi
        echo "== ${args[*]}"
        farm-bench -n "$runs" --timeout 600 -- "$bin" "${args[@]}" 2>&1 | grep -E "wall|exit|error" || true
    done
done
