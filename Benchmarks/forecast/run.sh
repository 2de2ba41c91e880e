#!/usr/bin/env bash
# Side-by-side forecast benchmark (issue 12, item 9): Callboard's model, seasonal naive and
# statsforecast's MSTL with an AutoETS trend, on exactly the same rolling-origin windows and
# the same scored intervals, per window and overall.
#
#   Benchmarks/forecast/run.sh [QUEUE ...]
#
# Runs `callboard forecast backtest --origins $ORIGINS --horizon ${HORIZON}d` for each queue
# (the last window ends on the queue's last reported local day), keeping its --history and
# --intervals files in $OUT, then Benchmarks/forecast/compare.py on them. The database is the
# one callboard uses (CALLBOARD_PG_PORT / DATABASE_URL); load a world first, e.g.
#   callboard demo --world messy                  # queues northwind-voice-en-us northwind-chat-en-gb
#   callboard demo --scale small                  # e.g. tabula-voice-en-us tabula-chat-en-gb
# Default queues: the messy world's two. The first run creates a venv in
# .build-forecast-bench/venv and installs statsforecast from PyPI.
#
# Environment: CALLBOARD (binary, default .build/debug/callboard), ORIGINS (default 4),
# HORIZON (days, default 28), TO (last held-out local day, default each queue's last reported
# day; e.g. TO=2025-12-31 for last Christmas), MIN_HISTORY_WEEKS (default 8), OUT (default a temporary directory),
# MSTL_CACHE (a directory: MSTL paths kept per training series, so a second model build is scored without refitting),
# STATSFORECAST (pip requirement, default statsforecast==2.1.1).
set -euo pipefail
cd "$(dirname "$0")/../.."

callboard=${CALLBOARD:-.build/debug/callboard}
origins=${ORIGINS:-4}
horizon=${HORIZON:-28}
weeks=${MIN_HISTORY_WEEKS:-8}
out=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/callboard-forecast-bench.XXXXXX")}
venv=.build-forecast-bench/venv
to=()
[ -n "${TO:-}" ] && to=(--to "$TO")
queues=("$@")
[ ${#queues[@]} -eq 0 ] && queues=(northwind-voice-en-us northwind-chat-en-gb)

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "${STATSFORECAST:-statsforecast==2.1.1}"
fi
mkdir -p "$out"
files=()
for queue in "${queues[@]}"; do
    echo "== $queue: callboard forecast backtest --origins $origins --horizon ${horizon}d" >&2
    if ! "$callboard" forecast backtest --queue "$queue" --origins "$origins" --horizon "${horizon}d" \
        --min-history-weeks "$weeks" "${to[@]}" --history "$out/$queue-history.csv" \
        --intervals "$out/$queue-intervals.csv" >"$out/$queue-backtest.txt"; then
        echo "   skipped: the backtest failed (see above)" >&2
        continue
    fi
    grep -E '^(Overall|The model)' "$out/$queue-backtest.txt" >&2 || true
    files+=("$out/$queue-history.csv" "$out/$queue-intervals.csv")
done
[ ${#files[@]} -gt 0 ] || { echo "no queue could be backtested" >&2; exit 1; }
"$venv/bin/python" Benchmarks/forecast/compare.py "${files[@]}"
echo "files: $out" >&2
