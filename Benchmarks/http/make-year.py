#!/usr/bin/env python3
"""Writes import files for the one-year export load test: account LOADTEST with 30 queues
(New York clock) and a year of 15-minute intervals for each, one intervals file per month
(35,040 intervals x 30 queues = 1,051,200 rows). Deterministic; import with import-year.sh.

    python3 Benchmarks/http/make-year.py OUT_DIR [YEAR]
"""
import os
import sys
from datetime import datetime, timedelta, timezone

out = sys.argv[1]
year = int(sys.argv[2]) if len(sys.argv) > 2 else 2025
queues = [f"LOAD-Q{n:02d}" for n in range(1, 31)]
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "accounts.csv"), "w") as f:
    f.write("account_id,name,markets,brands,channels,languages,signed_on\n")
    f.write(f"LOADTEST,Load Test Ltd,US,Load,voice;chat,en,{year - 1}-01-01\n")
with open(os.path.join(out, "queues.csv"), "w") as f:
    f.write("queue_id,account_id,channel,language,timezone,hours,sla,sla_effective_from,market\n")
    for index, queue in enumerate(queues):
        channel = "voice" if index % 2 == 0 else "chat"
        f.write(f"{queue},LOADTEST,{channel},en,America/New_York,24/7,80/20/5,{year - 1}-01-01T00:00:00-05:00,US\n")
start = datetime(year, 1, 1, tzinfo=timezone.utc)
for month in range(1, 13):
    first = datetime(year, month, 1, tzinfo=timezone.utc)
    last = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=timezone.utc)
    with open(os.path.join(out, f"intervals-{month:02d}.csv"), "w") as f:
        f.write("queue,interval_start,interval_minutes,offered,handled,abandoned,answered_within_sla,handle_seconds,short_abandoned\n")
        for q, queue in enumerate(queues):
            instant = first
            while instant < last:
                slot = int((instant - start).total_seconds() // 900)
                offered = 5 + (slot * 7 + q * 13) % 40
                abandoned = offered // 10
                handled = offered - abandoned
                answered = handled - handled // 5
                f.write(f"{queue},{instant.strftime('%Y-%m-%dT%H:%M:%SZ')},15,{offered},{handled},{abandoned},"
                        f"{answered},{handled * 300},{abandoned // 2}\n")
                instant += timedelta(minutes=15)
