#!/usr/bin/env python3
"""Scores Callboard's model, seasonal naive and statsforecast's MSTL (AutoETS trend) on the
same rolling-origin windows of one or more queues.

Input per queue: the two files `callboard forecast backtest --origins N --horizon Hd` writes,
  --history FILE    every interval of the queue's history (utc_start, offered, missing)
  --intervals FILE  every held-out interval per origin (p50, p90, actual, yardstick, excluded)
Everything runs on the market's wall clock (as Callboard and seasonal naive do), so a DST
change does not shift MSTL's daily pattern by an hour. For each origin, MSTL is trained on the history before the origin's first held-out interval
(exactly the intervals the model trained on; intervals Callboard would not score - unreported,
closed days, holiday closures, feed gaps, outages: the history file's `excluded` column - are
filled with the same interval a week earlier, since MSTL cannot take gaps and should not learn
them) and forecasts the held-out intervals. MSTL_WEEKS (default 26) limits its training to the
most recent weeks (0: all), as a practitioner would for a daily+weekly MSTL.
MSTL_CACHE (a directory, optional) keeps each window's MSTL path, keyed by a hash of its training
series, so scoring a second model build on the same history does not refit MSTL.
Every forecaster is scored on the same intervals: those the backtest did not exclude.

usage: compare.py HISTORY.csv INTERVALS.csv [HISTORY.csv INTERVALS.csv ...]
"""
import csv
import sys
from collections import OrderedDict

import os

import hashlib

import numpy as np
from statsforecast.models import MSTL, AutoETS


TRAIN_WEEKS = int(os.environ.get("MSTL_WEEKS", "26"))


def local_minutes(text):
    """`2026-11-01T01:30` (the market's wall clock) as minutes since 1970-01-01T00:00."""
    return int(np.datetime64(text, "m").astype(np.int64))


def read_history(path):
    offered, missing, starts, local = [], [], [], []
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            starts.append(row["utc_start"])
            local.append(local_minutes(row["local_start"]))
            offered.append(float(row["offered"]))
            missing.append(row["missing"] == "1" or bool(row.get("excluded")))
    return starts, np.array(local), np.array(offered), np.array(missing)


def on_local_clock(local, values, missing, step):
    """The series on the market's wall clock, as seasonal naive and Callboard read it: a
    fall-back hour's two readings are summed, a spring-forward hour's gap is marked missing."""
    first = local[0]
    size = (local[-1] - first) // step + 1
    grid = np.zeros(size)
    seen = np.zeros(size, dtype=bool)
    gap = np.zeros(size, dtype=bool)
    for minute, value, lost in zip(local, values, missing):
        k = (minute - first) // step
        grid[k] += value
        gap[k] = gap[k] or lost
        seen[k] = True
    return grid, gap | ~seen


def read_windows(path):
    windows = OrderedDict()
    queue = None
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            queue = row["queue"]
            windows.setdefault(row["origin"], []).append(row)
    return queue, windows


def fill_missing(values, missing, season):
    """An unreported interval takes the value of the same interval a week earlier (or later)."""
    filled = values.copy()
    for i in np.flatnonzero(missing):
        j = i - season
        while j >= 0 and missing[j]:
            j -= season
        if j < 0:
            j = i + season
            while j < len(values) and missing[j]:
                j += season
        filled[i] = values[j] if 0 <= j < len(values) else 0.0
    return filled


def mstl_path(train, per_day, season, horizon):
    """MSTL (daily and weekly seasons, AutoETS trend) `horizon` steps ahead, non-negative;
    read from and kept in MSTL_CACHE when it is set."""
    cache = os.environ.get("MSTL_CACHE")
    key = hashlib.sha256(train.tobytes() + f"{per_day},{season},{horizon}".encode()).hexdigest()[:24]
    file = os.path.join(cache, key + ".npy") if cache else None
    if file and os.path.exists(file):
        return np.load(file)
    model = MSTL(season_length=[per_day, season], trend_forecaster=AutoETS(model="ZZN"))
    path = np.clip(model.forecast(y=train, h=horizon)["mean"], 0, None)
    if file:
        os.makedirs(cache, exist_ok=True)
        np.save(file, path)
    return path


def scores(forecasts, actuals):
    actual = actuals.sum()
    if actual <= 0:
        return None, None
    return np.abs(forecasts - actuals).sum() / actual, (forecasts - actuals).sum() / actual


def pct(x):
    return "   n/a" if x is None else f"{100 * x:6.1f}"


def main(paths):
    if len(paths) < 2 or len(paths) % 2:
        sys.exit(__doc__)
    print(f"{'queue':<24} {'window':<8} {'origin':<10} {'model':>6} {'bias':>6} {'P90cov':>6} "
          f"{'naive':>6} {'MSTL':>6} {'M-bias':>6}  model beats")
    print(f"{'':<24} {'':<8} {'':<10} {'WAPE%':>6} {'%':>6} {'%':>6} {'WAPE%':>6} {'WAPE%':>6} {'%':>6}")
    all_ok = True
    for history_path, intervals_path in zip(paths[0::2], paths[1::2]):
        starts, local, offered, missing = read_history(history_path)
        index = {s: i for i, s in enumerate(starts)}
        queue, windows = read_windows(intervals_path)
        step = int((np.datetime64(starts[1].rstrip("Z"), "m") - np.datetime64(starts[0].rstrip("Z"), "m"))
                   / np.timedelta64(1, "m"))
        per_day = 1440 // step
        season = 7 * per_day
        pooled = {k: [] for k in ("p50", "p90", "actual", "naive", "mstl")}
        for number, (origin, rows) in enumerate(windows.items(), start=1):
            first = index[rows[0]["utc_start"]]
            grid, gap = on_local_clock(local[:first], offered[:first], missing[:first], step)
            train = fill_missing(grid, gap, season)
            if TRAIN_WEEKS > 0:
                train = train[-TRAIN_WEEKS * season:]
            # Forecast on the wall clock up to the last held-out local interval, then read each
            # held-out interval at its local start.
            start = local[0] + (len(grid)) * step
            positions = [(local_minutes(row["local_start"]) - start) // step for row in rows]
            path = mstl_path(train, per_day, season, max(positions) + 1)
            mstl = np.array([path[max(0, k)] for k in positions])
            kept = [k for k, row in enumerate(rows) if not row["excluded"]]
            p50 = np.array([float(rows[k]["p50"]) for k in kept])
            p90 = np.array([float(rows[k]["p90"]) for k in kept])
            actual = np.array([float(rows[k]["actual"]) for k in kept])
            naive = np.array([float(rows[k]["yardstick"]) for k in kept])
            ours = mstl[kept]
            for key, values in (("p50", p50), ("p90", p90), ("actual", actual), ("naive", naive), ("mstl", ours)):
                pooled[key].append(values)
            report(queue, str(number), origin, p50, p90, actual, naive, ours)
            m_wape, m_bias = scores(p50, actual)
            ok = (m_wape is not None and m_wape < scores(naive, actual)[0] and m_wape < scores(ours, actual)[0]
                  and abs(m_bias) < 0.05)
            all_ok = all_ok and ok
        joined = {k: np.concatenate(v) for k, v in pooled.items()}
        report(queue, "overall", "", joined["p50"], joined["p90"], joined["actual"], joined["naive"], joined["mstl"])
    print("targets (model beats seasonal naive and MSTL+ETS on every window, |bias| < 5%):",
          "met" if all_ok else "NOT met")


def report(queue, window, origin, p50, p90, actual, naive, mstl):
    m_wape, m_bias = scores(p50, actual)
    n_wape, _ = scores(naive, actual)
    s_wape, s_bias = scores(mstl, actual)
    counted = (p90 > 0) | (actual > 0)
    coverage = (actual[counted] <= p90[counted]).mean() if counted.any() else None
    beats = []
    if m_wape is not None and n_wape is not None and m_wape < n_wape:
        beats.append("naive")
    if m_wape is not None and s_wape is not None and m_wape < s_wape:
        beats.append("MSTL")
    flags = "" if m_bias is None or abs(m_bias) < 0.05 else "  (|bias| >= 5%)"
    print(f"{queue:<24} {window:<8} {origin:<10} {pct(m_wape)} {pct(m_bias)} {pct(coverage)} "
          f"{pct(n_wape)} {pct(s_wape)} {pct(s_bias)}  {'+'.join(beats) or 'neither'}{flags}")


if __name__ == "__main__":
    main(sys.argv[1:])
