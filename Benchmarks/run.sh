#!/usr/bin/env bash
# Runs the event-store benchmarks (Benchmarks/EventStoreBenchmarks) against a private
# cluster with ClusterSettings.tuned (port 54349) and one with PostgreSQL's defaults
# (port 54339), each in a temporary directory; after each, pyeventsourcing's PostgreSQL
# recorder (Benchmarks/pyeventsourcing/peer.py, installed from PyPI into a venv in the
# scratch directory) on the same cluster. Then prints the medians, every ratio the targets
# of issues 2 and 17 are stated in, with MET or MISSED per line, and tuned vs defaults.
#
#   Benchmarks/run.sh                        # both configurations, every benchmark
#   Benchmarks/run.sh tuned                  # one configuration
#   BENCH_FILTER='A.*|B.*' Benchmarks/run.sh # some benchmarks (package-benchmark regex)
#
# Builds in release mode into .build-bench (never .build). Needs the PostgreSQL server
# programs (initdb, pg_ctl, psql). Set CALLBOARD_BENCH_KEEP=1 to keep the clusters' directories,
# CALLBOARD_BENCH_PEER=0 to leave out the pyeventsourcing peer, CALLBOARD_BENCH_PEER_ITERATIONS=N
# for its measured iterations per case (default 5).
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

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# The peer: a venv with pyeventsourcing and psycopg from PyPI (through pip's configured index).
venv="$scratch/pyeventsourcing-venv"
peer=${CALLBOARD_BENCH_PEER:-1}
if [ "$peer" != 0 ]; then
    if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import eventsourcing.postgres' 2>/dev/null; then
        echo "Installing the pyeventsourcing peer into $venv (pip install eventsourcing 'psycopg[pool]') ..."
        mkdir -p "$scratch"
        if ! { python3 -m venv "$venv" && timeout 300 "$venv/bin/pip" install -q eventsourcing 'psycopg[pool]'; }; then
            echo "PyPI is not reachable (pip could not install eventsourcing): the pyeventsourcing peer is left out." >&2
            peer=0
        fi
    fi
    [ "$peer" != 0 ] && echo "pyeventsourcing peer: eventsourcing $("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("eventsourcing"))')"
fi

# pyeventsourcing on the cluster the Swift benchmarks of `$1` just used (they stop it).
run_peer() {
    local settings=$1 port data
    case "$settings" in tuned) port=54349 ;; *) port=54339 ;; esac
    port=${CALLBOARD_BENCH_PORT:-$port}
    data="$work/clusters/$settings/data"
    [ -f "$data/PG_VERSION" ] || { echo "no cluster for $settings: peer not run" >&2; return; }
    echo
    echo "######## pyeventsourcing peer, ClusterSettings.$settings ########"
    as_postgres "$pg_bin/pg_ctl" -D "$data" -l "$work/clusters/$settings/peer.log" -w start >/dev/null
    "$pg_bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
        -c "DROP DATABASE IF EXISTS bench_peer WITH (FORCE)" -c "CREATE DATABASE bench_peer"
    "$venv/bin/python" Benchmarks/pyeventsourcing/peer.py --port "$port" --database bench_peer \
        --settings "$settings" --results "$results" --iterations "${CALLBOARD_BENCH_PEER_ITERATIONS:-5}" \
        || echo "the pyeventsourcing peer failed" >&2
    "$pg_bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "DROP DATABASE IF EXISTS bench_peer WITH (FORCE)"
    as_postgres "$pg_bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
}

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
    [ "$peer" != 0 ] && run_peer "$settings"
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
    split("A0 A1 A2 A3 P1 P2 B1 B3 B4 B2 B2k P3 P4 C1 C2 D1", order, " ")
    name["A0"] = "A0 single events, plain one-row INSERT, 1 writer"
    name["A1"] = "A1 single-event appends, 1 writer"
    name["A2"] = "A2 single-event appends, 8 writers"
    name["A3"] = "A3 single-event appends, 8 writers, no NOTIFY"
    name["P1"] = "P1 pyeventsourcing, 1 event/save, 1 writer"
    name["P2"] = "P2 pyeventsourcing, 1 event/save, 8 writers"
    name["B1"] = "B1 100-event appends, EventStore.append"
    name["B3"] = "B3 100-event appends, store, no NOTIFY"
    name["B4"] = "B4 100-event appends, 8 writers"
    name["B2"] = "B2 100-event appends, plain INSERT"
    name["B2k"] = "B2k the same, plain table with unique keys"
    name["P3"] = "P3 pyeventsourcing, 100 events/save, 1 writer"
    name["P4"] = "P4 pyeventsourcing, 100/save, 8 writers"
    name["C1"] = "C1 200k bulk, EventStore.appendBulk"
    name["C2"] = "C2 200k bulk, plain COPY"
    name["D1"] = "D1 readAll 200k, batches of 1000"
    nc = 0
    if ("tuned" in seen) conf[++nc] = "tuned"
    if ("defaults" in seen) conf[++nc] = "defaults"

    print ""
    print "==== Events per second (median of measured iterations) ===="
    line = sprintf("%-50s", "")
    for (c = 1; c <= nc; c++) line = line sprintf("%14s", conf[c])
    if (nc == 2) line = line sprintf("%16s", "tuned/defaults")
    print line
    for (i = 1; i <= 16; i++) {
        k = order[i]; if (!(k in keys)) continue
        line = sprintf("%-50s", name[k])
        for (c = 1; c <= nc; c++) {
            m = conf[c] SUBSEP k
            line = line ((m in median) ? sprintf("%14.0f", median[m]) : sprintf("%14s", "-"))
        }
        if (nc == 2 && (("tuned" SUBSEP k) in median) && (("defaults" SUBSEP k) in median))
            line = line sprintf("%15.2fx", median["tuned" SUBSEP k] / median["defaults" SUBSEP k])
        print line
    }

    # Costs per event of the A benchmarks (CostProbe): WAL bytes and CPU microseconds of the
    # client and of the server, which the load of the machine changes little.
    costs = 0
    for (c = 1; c <= nc; c++) for (i = 1; i <= 4; i++) if ((conf[c] SUBSEP order[i] ".wal") in median) costs = 1
    if (costs) {
        print ""
        print "==== Costs per event, medians (A: WAL bytes, CPU microseconds; a CPU bound of cores / (client + server)) ===="
        printf "%-10s %-4s %10s %12s %12s %14s\n", "settings", "key", "WAL bytes", "client CPU", "server CPU", "CPU bound/s"
        for (c = 1; c <= nc; c++) for (i = 1; i <= 4; i++) {
            k = order[i]; s = conf[c]
            if (!((s SUBSEP k ".wal") in median)) continue
            cpu = median[s SUBSEP k ".client"] + median[s SUBSEP k ".server"]
            printf "%-10s %-4s %10.0f %12.1f %12.1f %14.0f\n", s, k, median[s SUBSEP k ".wal"], median[s SUBSEP k ".client"], \
                median[s SUBSEP k ".server"], (cpu > 0) ? cores * 1e6 / cpu : 0
        }
    }

    print ""
    print "==== Ratios and targets (issue 17; C from issue 2), each within this run ===="
    for (c = 1; c <= nc; c++) {
        s = conf[c]
        print "ClusterSettings." s ":"
        ratio(s, "A2", "A1", "A2/A1 8 writers / 1 writer (group commit)", ">=", 4.0)
        if (((s SUBSEP "A2") in median) && ((s SUBSEP "A3") in median)) {
            lost = 100 * (1 - median[s SUBSEP "A2"] / median[s SUBSEP "A3"])
            printf "  %-56s %7.1f%%  target < 5%%: %s  (8 writers: %.0f/s with NOTIFY, %.0f/s without)\n", \
                "1 - A2/A3 throughput lost to NOTIFY", lost, (lost < 5) ? "MET" : "MISSED", median[s SUBSEP "A2"], median[s SUBSEP "A3"]
            tally(s, lost < 5, "NOTIFY")
        }
        ratio(s, "A1", "A0", "A1/A0 single appends / plain one-row INSERT", ">=", 0.6)
        ratio(s, "B2", "B1", "B2/B1 plain multi-row INSERT / 100-event appends", "<=", 1.15)
        if (((s SUBSEP "B2") in median) && ((s SUBSEP "B3") in median))
            printf "  %-56s %8.2f   (not a target)\n", "  the same without NOTIFY (B2/B3)", median[s SUBSEP "B2"] / median[s SUBSEP "B3"]
        if (((s SUBSEP "B2k") in median) && ((s SUBSEP "B1") in median))
            printf "  %-56s %8.2f   (not a target)\n", "  B2k/B1, the plain table with unique id and version", median[s SUBSEP "B2k"] / median[s SUBSEP "B1"]
        ratio(s, "A1", "P1", "A1/P1 vs pyeventsourcing, 1 event/save, 1 writer", ">=", 2.0)
        ratio(s, "A2", "P2", "A2/P2 vs pyeventsourcing, 1 event/save, 8 writers", ">=", 2.0)
        ratio(s, "B1", "P3", "B1/P3 vs pyeventsourcing, 100/save, 1 writer", ">=", 2.0)
        ratio(s, "B4", "P4", "B4/P4 vs pyeventsourcing, 100/save, 8 writers", ">=", 2.0)
        ratio(s, "C2", "C1", "C2/C1 plain COPY / appendBulk, 200k events", "<=", 1.3)
        if ((s SUBSEP "D1") in median) printf "  %-56s %8.0f events/s\n", "readAll of 200k events", median[s SUBSEP "D1"]
        printf "  %-56s %d of %d%s\n", "targets met", met[s] + 0, measured[s] + 0, (missed_list[s] != "") ? "; missed:" missed_list[s] : ""
    }
    printf "\nWall time of the runs: %d s on %d cores; load average (1/5/15 min) before -> after: %s\n", elapsed, cores, load
}
function tally(s, ok, what) {
    measured[s]++
    if (ok) met[s]++; else missed_list[s] = missed_list[s] " " what
}
function ratio(s, a, b, label, op, target,   r, ok) {
    if (!(((s SUBSEP a) in median) && ((s SUBSEP b) in median))) { printf "  %-56s %8s   target %s %.2f: not measured\n", label, "-", op, target; return }
    r = median[s SUBSEP a] / median[s SUBSEP b]
    ok = (op == ">=") ? (r >= target) : (r <= target)
    tally(s, ok, a "/" b)
    printf "  %-56s %8.2f   target %s %.2f: %s\n", label, r, op, target, ok ? "MET" : "MISSED"
}'
echo "Raw per-iteration figures: $results"
