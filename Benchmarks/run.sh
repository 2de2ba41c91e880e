#!/usr/bin/env bash
# Runs the event-store benchmarks (Benchmarks/EventStoreBenchmarks) against a private
# cluster with ClusterSettings.tuned (port 54349) and one with PostgreSQL's defaults
# (port 54339), each in a temporary directory, then prints the medians, the ratios the
# targets of issue 2 (item 11) are stated in, and tuned vs defaults.
#
#   Benchmarks/run.sh                        # both configurations, every benchmark
#   Benchmarks/run.sh tuned                  # one configuration
#   BENCH_FILTER='A.*|B.*' Benchmarks/run.sh # some benchmarks (package-benchmark regex)
#
# Builds in release mode into .build-bench (never .build). Needs the PostgreSQL server
# programs (initdb, pg_ctl, psql). Set CALLBOARD_BENCH_KEEP=1 to keep the clusters' directories.
set -euo pipefail
cd "$(dirname "$0")/.."

configurations=("$@")
[ ${#configurations[@]} -eq 0 ] && configurations=(tuned defaults)
scratch=${CALLBOARD_BENCH_SCRATCH:-.build-bench}
work=$(mktemp -d "${TMPDIR:-/tmp}/callboard-bench.XXXXXX")
chmod 755 "$work"   # the server runs as `postgres` when we are root and must reach it
results="$work/results.tsv"
: >"$results"

pg_bin=${CALLBOARD_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
stop_clusters() {
    for data in "$work"/clusters/*/data; do
        [ -f "$data/postmaster.pid" ] || continue
        if [ "$(id -u)" = 0 ]; then
            runuser -u postgres -- "$pg_bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
        else
            "$pg_bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
        fi
    done
    [ -n "${CALLBOARD_BENCH_KEEP:-}" ] || rm -rf "$work/clusters"
}
trap stop_clusters EXIT

filter=()
[ -n "${BENCH_FILTER:-}" ] && filter=(--filter "$BENCH_FILTER")
started=$(date +%s)
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
for settings in "${configurations[@]}"; do
    echo
    echo "######## ClusterSettings.$settings ########"
    CALLBOARD_BENCHMARKS=1 \
    CALLBOARD_BENCH_SETTINGS="$settings" \
    CALLBOARD_BENCH_ROOT="$work/clusters/$settings" \
    CALLBOARD_BENCH_RESULTS="$results" \
        swift package --scratch-path "$scratch" benchmark --target EventStoreBenchmarks --no-progress "${filter[@]}" \
        2> >(grep -v "^warning: 'main'" >&2)
done
elapsed=$(( $(date +%s) - started ))
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

# Medians of the per-iteration events/s, then the ratios. Lines of $results: settings, key, events/s.
sort -t "$(printf '\t')" -k1,1 -k2,2 -k3,3g "$results" | awk -F '\t' -v elapsed="$elapsed" -v cores="$(nproc)" -v load="$load_before -> $load_after" '
function flush() {
    if (n > 0) { median[group] = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2; samples[group] = n }
    n = 0
}
{
    g = $1 SUBSEP $2
    if (g != group) { flush(); group = g }
    v[++n] = $3; seen[$1] = 1; keys[$2] = 1
}
END {
    flush()
    split("A1 A2 A3 B1 B3 B2 C1 C2 D1", order, " ")
    name["A1"] = "A1 single-event appends, 1 writer"
    name["A2"] = "A2 single-event appends, 8 writers"
    name["A3"] = "A3 single-event appends, 8 writers, no NOTIFY"
    name["B1"] = "B1 100-event appends, EventStore.append"
    name["B2"] = "B2 100-event appends, plain INSERT"
    name["B3"] = "B3 100-event appends, store, no NOTIFY"
    name["C1"] = "C1 200k bulk, EventStore.appendBulk"
    name["C2"] = "C2 200k bulk, plain COPY"
    name["D1"] = "D1 readAll 200k, batches of 1000"
    nc = 0
    if ("tuned" in seen) conf[++nc] = "tuned"
    if ("defaults" in seen) conf[++nc] = "defaults"

    print ""
    print "==== Events per second (median of measured iterations) ===="
    line = sprintf("%-48s", "")
    for (c = 1; c <= nc; c++) line = line sprintf("%14s", conf[c])
    if (nc == 2) line = line sprintf("%16s", "tuned/defaults")
    print line
    for (i = 1; i <= 9; i++) {
        k = order[i]; if (!(k in keys)) continue
        line = sprintf("%-48s", name[k])
        for (c = 1; c <= nc; c++) {
            m = conf[c] SUBSEP k
            line = line ((m in median) ? sprintf("%14.0f", median[m]) : sprintf("%14s", "-"))
        }
        if (nc == 2 && (("tuned" SUBSEP k) in median) && (("defaults" SUBSEP k) in median))
            line = line sprintf("%15.2fx", median["tuned" SUBSEP k] / median["defaults" SUBSEP k])
        print line
    }

    print ""
    print "==== Ratios (targets from issue 2, item 11) ===="
    for (c = 1; c <= nc; c++) {
        s = conf[c]
        print "ClusterSettings." s ":"
        ratio(s, "A2", "A1", "8 writers / 1 writer (group commit)", ">=", 4.0)
        if (((s SUBSEP "A2") in median) && ((s SUBSEP "A3") in median))
            printf "  %-52s %7.1f%%  (8 writers: %.0f/s with NOTIFY, %.0f/s without)\n", "throughput lost to NOTIFY", \
                100 * (1 - median[s SUBSEP "A2"] / median[s SUBSEP "A3"]), median[s SUBSEP "A2"], median[s SUBSEP "A3"]
        ratio(s, "B2", "B1", "plain INSERT / EventStore.append, 100-event batches", "<=", 1.5)
        if (((s SUBSEP "B2") in median) && ((s SUBSEP "B3") in median))
            printf "  %-52s %8.2f   (not a target)\n", "  the same without NOTIFY (B2 / B3)", median[s SUBSEP "B2"] / median[s SUBSEP "B3"]
        ratio(s, "C2", "C1", "plain COPY / EventStore.appendBulk, 200k events", "<=", 1.3)
        if ((s SUBSEP "D1") in median) printf "  %-52s %8.0f events/s\n", "readAll of 200k events", median[s SUBSEP "D1"]
    }
    printf "\nWall time of the runs: %d s on %d cores; load average (1/5/15 min) before -> after: %s\n", elapsed, cores, load
}
function ratio(s, a, b, label, op, target,   r, ok) {
    if (!(((s SUBSEP a) in median) && ((s SUBSEP b) in median))) return
    r = median[s SUBSEP a] / median[s SUBSEP b]
    ok = (op == ">=") ? (r >= target) : (r <= target)
    printf "  %-52s %8.2f   target %s %.1f: %s\n", label, r, op, target, ok ? "met" : "MISSED"
}'
echo "Raw per-iteration figures: $results"
