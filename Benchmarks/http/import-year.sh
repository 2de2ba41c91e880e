#!/usr/bin/env bash
# Loads the one-year load-test world (make-year.py) through the production importers and
# catches the read models up. CALLBOARD_PG_PORT=... Benchmarks/http/import-year.sh [YEAR]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${CALLBOARD_BIN:-.build/release/callboard}
year=${1:-2025}
dir=/tmp/callboard-load-$year
python3 Benchmarks/http/make-year.py "$dir" "$year"
$bin import accounts "$dir/accounts.csv"
$bin import queues "$dir/queues.csv"
for month in $(seq -w 1 12); do
    $bin import intervals "$dir/intervals-$month.csv" | tail -1
done
