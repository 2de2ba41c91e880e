#!/usr/bin/env bash
# Shows `callboard serve` shutting down gracefully: a long CSV export is in flight when the
# server gets SIGTERM; the export still arrives whole (curl exits 0, every row complete),
# new connections are refused, and the server exits 0.
#
#   CALLBOARD_PG_PORT=... Benchmarks/http/graceful-shutdown.sh ACCOUNT FROM TO [BIN]
set -euo pipefail
cd "$(dirname "$0")/../.."
account=$1 from=$2 to=$3 bin=${4:-.build/release/callboard}
port=${CALLBOARD_HTTP_PORT:-18081}
token=$($bin token issue --account "$account" --expires 1h --label "shutdown demo")
$bin serve --port "$port" > /tmp/callboard-serve-shutdown.log 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.2; done
curl -sS --limit-rate 2M -o /tmp/callboard-shutdown.csv -w 'export: status %{http_code}, %{size_download} bytes\n' \
    -H "Authorization: Bearer $token" "http://127.0.0.1:$port/v1/accounts/$account/intervals?from=$from&to=$to&format=csv" &
export_pid=$!
sleep 1
echo "sending SIGTERM to the server while the export is in flight"
kill -TERM $server
sleep 0.5
if curl -sf "http://127.0.0.1:$port/healthz" > /dev/null 2>&1; then echo "new request still accepted"; else echo "new requests refused"; fi
wait $export_pid && echo "curl exit 0"
wait $server; echo "server exit $?"
echo "rows: $(($(wc -l < /tmp/callboard-shutdown.csv) - 1)); last line: $(tail -c 120 /tmp/callboard-shutdown.csv | tail -1)"
