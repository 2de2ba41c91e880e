#!/usr/bin/env bash
# How cost grows with the world (issue 16, item 7): for each scale, a fresh cluster, then
#   import    `callboard demo --scale S` (generation + every import), wall seconds and peak RSS,
#             against a plain COPY of the same `events` rows into a bare copy of the table;
#   rebuild   `projections rebuild all` with --jobs 1 and --jobs N (parallel), against a plain
#             COPY of as many rows (the same events rows), and the longest transaction holding
#             a transaction id seen during it (sampled each second: what holds readers back);
#   reports   each report's whole CLI process (farm-bench median, catch-up check included);
#   exports   the main exports over HTTP (`serve`): median curl seconds and wrk req/s;
# then a table with the ratios to COPY and the growth factor from the first scale to each.
#
#   CALLBOARD_BENCHMARKS=1 swift build -c release --scratch-path .build-bench --product callboard
#   CALLBOARD_PG_PORT=54365 Benchmarks/scale/run.sh [SCALE ...]     # default: full 2x
#
# SCALE: small, full, 2x ... 10x, xl (`callboard demo --help`). Disk: the full world takes about
# 5 GB with its read models and their history, so 2x about 10 GB and xl (ten regions, 15-minute
# intervals) well over 50 GB: check `df` first. Each scale's cluster is deleted after it is
# measured unless SCALE_KEEP=1.
# Environment: CALLBOARD_BIN (default .build-bench/release/callboard), SCALE_ROOT (default
# /tmp/callboard-scale), SCALE_NOW (default 2026-12-07), SCALE_RUNS (farm-bench runs, default 3),
# SCALE_JOBS (parallel rebuild width, default 4), WRK_DURATION (default 10s), CALLBOARD_HTTP_PORT
# (default 18095), SCALE_PHASES (default "import copy rebuild reports exports").
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
bin=${CALLBOARD_BIN:-$repo/.build-bench/release/callboard}
root=${SCALE_ROOT:-/tmp/callboard-scale}
now=${SCALE_NOW:-2026-12-07}
runs=${SCALE_RUNS:-3}
jobs=${SCALE_JOBS:-4}
duration=${WRK_DURATION:-10s}
http_port=${CALLBOARD_HTTP_PORT:-18095}
phases=${SCALE_PHASES:-import copy rebuild reports exports}
scales=("$@"); [ ${#scales[@]} -gt 0 ] || scales=(full 2x)
export CALLBOARD_SCHEMA_DIR=$repo/schema
unset CALLBOARD_DATABASE_URL
mkdir -p "$root"
results=$root/results.tsv
touch "$results"

has() { [[ " $phases " == *" $1 "* ]]; }
seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a}'; }
record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$results"; echo "  $2 = $3"; }
load() { awk '{print $1}' /proc/loadavg; }

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
exports=(
    "account:/v1/accounts/tabula"
    "sla_daily:/v1/accounts/tabula/sla/daily?month=2026-11"
    "intervals_100:/v1/accounts/tabula/intervals?from=2026-11-01&to=2026-11-02&limit=100"
)

for scale in "${scales[@]}"; do
    home=$root/$scale
    export CALLBOARD_HOME=$home
    echo "== scale $scale ($(date -u +%H:%M:%S) UTC, load $(load))"
    if has import; then
        "$bin" db stop > /dev/null 2>&1 || true
        rm -rf "$home"; mkdir -p "$home"
        "$bin" db start > /dev/null
        "$bin" db migrate > /dev/null
        started=$(date +%s.%N)
        /usr/bin/time -v "$bin" demo --scale "$scale" --now "$now" > "$home/demo.log" 2> "$home/demo.err"
        record "$scale" import_s "$(seconds_since "$started")"
        record "$scale" import_peak_rss_mib "$(awk -F: '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$home/demo.err")"
        record "$scale" import_load "$(load)"
    else
        "$bin" db start > /dev/null
    fi
    url=$("$bin" db status | sed -n 2p)
    # The embedded cluster's superuser: the baseline table and CHECKPOINT need more than the application user.
    url=$(echo "$url" | sed 's#//[^@/]*@#//postgres@#')
    sql() { psql "$url" -X -q -v ON_ERROR_STOP=1 -Atc "$1"; }
    events=$(sql "SELECT count(*) FROM events")
    record "$scale" events "$events"

    if has copy; then
        # A plain COPY of the same rows into a bare copy of the table (its columns, defaults
        # and indexes; no trigger, no function), from a file written beforehand.
        copy_file=$home/events.copy
        psql "$url" -X -q -v ON_ERROR_STOP=1 -c "\\copy (SELECT * FROM events ORDER BY position) TO '$copy_file'"
        sql "DROP TABLE IF EXISTS plain_events; CREATE TABLE plain_events (LIKE events INCLUDING ALL)"
        sql "CHECKPOINT"
        started=$(date +%s.%N)
        psql "$url" -X -q -v ON_ERROR_STOP=1 -c "\\copy plain_events FROM '$copy_file'"
        record "$scale" copy_s "$(seconds_since "$started")"
        record "$scale" copy_load "$(load)"
        sql "DROP TABLE plain_events"
        rm -f "$copy_file"
    fi

    if has rebuild; then
        for width in 1 "$jobs"; do
            sql "CHECKPOINT"
            # Every second, the age of the oldest running transaction holding a transaction id:
            # what holds the log's readers back while the rebuild runs.
            (while true; do
                sql "SELECT coalesce(extract(epoch FROM max(now() - xact_start)), 0) FROM pg_stat_activity
                      WHERE backend_xid IS NOT NULL AND datname = current_database()" || true
                sleep 1
            done) > "$home/rebuild-$width.xacts" 2>/dev/null &
            sampler=$!
            started=$(date +%s.%N)
            "$bin" projections rebuild all --jobs "$width" > "$home/rebuild-$width.log" 2>&1
            record "$scale" "rebuild_jobs${width}_s" "$(seconds_since "$started")"
            record "$scale" "rebuild_jobs${width}_load" "$(load)"
            kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
            record "$scale" "rebuild_jobs${width}_longest_xact_s" "$(sort -n "$home/rebuild-$width.xacts" | tail -1 | awk '{printf "%.1f", $1}')"
        done
        record "$scale" database_gib "$(sql "SELECT round(pg_database_size(current_database()) / 1024.0 ^ 3, 2)")"
    fi

    if has reports; then
        for report in "${reports[@]}"; do
            # shellcheck disable=SC2086
            median=$(farm-bench -n "$runs" --timeout 900 -- "$bin" report $report --format csv 2>&1 \
                     | awk '/^A wall s/ {print $4}')
            record "$scale" "report ${report%% *}" "${median:-failed}"
        done
    fi

    if has exports; then
        token=$("$bin" token issue --account tabula --expires 1d --label "scale benchmark")
        "$bin" serve --port "$http_port" --rate-per-second 1000000 --rate-burst 1000000 > "$home/serve.log" 2>&1 &
        server=$!
        for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$http_port/healthz" > /dev/null && break; sleep 0.2; done
        for entry in "${exports[@]}"; do
            name=${entry%%:*}; path=${entry#*:}
            times=$(for _ in 1 2 3 4 5; do
                curl -sS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "http://127.0.0.1:$http_port$path"
            done | sort -n | sed -n 3p)
            record "$scale" "export $name s" "$times"
            rps=$(CALLBOARD_TOKEN=$token wrk -t1 -c8 -d"$duration" -s "$repo/Benchmarks/http/bearer.lua" \
                  "http://127.0.0.1:$http_port$path" | awk '/^Requests\/sec/ {print $2}')
            record "$scale" "export $name req/s" "$rps"
        done
        kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true
    fi

    "$bin" db stop > /dev/null 2>&1 || true
    [ -n "${SCALE_KEEP:-}" ] || rm -rf "$home"
done

# The table: one column per scale, then each later scale's growth over the first.
echo
awk -F'\t' -v order="${scales[*]}" '
    { value[$1 "|" $2] = $3; if (!($2 in seen)) { seen[$2] = 1; metrics[++m] = $2 } }
    END {
        n = split(order, s, " ")
        value["_|copy_s"] = 0
        for (i = 1; i <= n; i++) {
            c = value[s[i] "|copy_s"]
            if (c > 0) {
                if (value[s[i] "|import_s"] > 0) value[s[i] "|import / COPY"] = sprintf("%.2f", value[s[i] "|import_s"] / c)
                if (value[s[i] "|rebuild_jobs1_s"] > 0)
                    value[s[i] "|COPY / rebuild jobs1 (rate)"] = sprintf("%.2f", c / value[s[i] "|rebuild_jobs1_s"])
                for (k in value) if (index(k, s[i] "|rebuild_jobs") == 1 && k ~ /_s$/ && k !~ /jobs1_s$/) {
                    split(k, kk, "|"); w = kk[2]; sub(/^rebuild_jobs/, "", w); sub(/_s$/, "", w)
                    if (value[k] > 0) value[s[i] "|COPY / rebuild jobs" w " (rate)"] = sprintf("%.2f", c / value[k])
                }
            }
        }
        for (k in value) { split(k, kk, "|"); if (kk[1] != "_" && !(kk[2] in seen)) { seen[kk[2]] = 1; metrics[++m] = kk[2] } }
        printf "%-32s", "metric"; for (i = 1; i <= n; i++) printf " %14s", s[i]
        for (i = 2; i <= n; i++) printf " %14s", s[i] "/" s[1]; printf "\n"
        for (j = 1; j <= m; j++) {
            name = metrics[j]; printf "%-32s", name
            for (i = 1; i <= n; i++) { v = value[s[i] "|" name]; printf " %14s", (v == "" ? "-" : v) }
            for (i = 2; i <= n; i++) {
                a = value[s[1] "|" name]; b = value[s[i] "|" name]
                printf " %14s", ((a + 0 > 0 && b + 0 > 0) ? sprintf("%.2fx", b / a) : "-")
            }
            printf "\n"
        }
    }' "$results"
