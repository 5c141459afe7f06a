"""Benchmark: `analyze` on a three-year journal with daily entries (~30,000) in SQLite.

Builds the journal with the test scenario generator (heat planted) over 1,095 days, adds the
everyday logging a keen user does (drinks through the day, meals with foods, morning weighing),
imports it into a fresh SQLite file, then times ``crampwise.services.insights.analyze`` once cold,
five times warm recomputed, and once from the per-revision cache. Prints entry count, the
timings and where the warm time goes.

Run: ``.venv/bin/python bench/bench_analyze.py`` (target: warm < 1 s).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crampwise.domain.journal import BodyMass, Entry, Fluid, Meal, MealItem  # noqa: E402
from crampwise.engine.causes import rank_causes  # noqa: E402
from crampwise.engine.exposures import build, daily_table  # noqa: E402
from crampwise.services import insights  # noqa: E402
from crampwise.store import entries as store  # noqa: E402
from crampwise.store.db import session_scope  # noqa: E402
from tests.engine.scenarios import START, journal  # noqa: E402

DAYS = 1095
FOODS = ["09040", "11457", "01077", "20051", "16015", "15076", "12061", "09037"]


def everyday(seed: int) -> list[Entry]:
    """Drinks through the day, meals with foods, a morning weighing."""
    rng = random.Random(seed)
    out: list[Entry] = []
    items = [MealItem(ndb_no=n, grams=100) for n in FOODS]
    for day in range(DAYS):
        base = START + dt.timedelta(days=day)
        out.append(BodyMass(time=base + dt.timedelta(hours=6, minutes=30),
                            kg=round(rng.gauss(70, 0.6), 1), context="morning"))
        for k in range(18):
            out.append(Fluid(time=base + dt.timedelta(hours=7, minutes=50 * k),
                             ml=rng.choice([150, 200, 250, 330]),
                             drink=rng.choice(["water", "water", "coffee", "tea", "milk"])))
        for hour in (8, 13, 16, 19):
            chosen = rng.sample(items, 3)
            out.append(Meal(time=base + dt.timedelta(hours=hour, minutes=rng.randint(0, 40)),
                            items=[MealItem(ndb_no=i.ndb_no, grams=rng.choice([80, 120, 150]))
                                   for i in chosen]))
    return out


def main() -> None:
    entries = journal("heat", 1, days=DAYS) + everyday(1)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        t0 = time.perf_counter()
        with session_scope(url) as session:
            user = store.get_or_create_user(session, "me")
            store.add_entries(session, user.id, entries)
        print(f"entries: {len(entries):,} imported in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        result = insights.analyze(url, "me")
        print(f"analyze cold: {time.perf_counter() - t0:.3f} s "
              f"({result['episodes']} episodes, top cause "
              f"{result['causes'][0]['cause'] if result['causes'] else None})")
        warm, cpu = [], []
        for _ in range(5):
            t0, c0 = time.perf_counter(), time.process_time()
            insights._analyze(url, "me", None, None)  # computed again, not from the cache
            warm.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        print(f"analyze warm, recomputed: {statistics.median(warm):.3f} s wall, "
              f"{statistics.median(cpu):.3f} s CPU (median of 5; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
        t0 = time.perf_counter()
        insights.analyze(url, "me")
        print(f"analyze warm, journal unchanged (cached per revision): "
              f"{time.perf_counter() - t0:.3f} s")
        t0 = time.perf_counter()
        loaded = insights.load_entries(url, "me")
        t_load = time.perf_counter() - t0
        t0 = time.perf_counter()
        ex = build(loaded)
        t_build = time.perf_counter() - t0
        t0 = time.perf_counter()
        rank_causes(ex)
        t_rank = time.perf_counter() - t0
        t0 = time.perf_counter()
        rows = daily_table(loaded, exposures=ex)
        t_table = time.perf_counter() - t0
        t0 = time.perf_counter()
        insights._triggers(rows)
        t_trig = time.perf_counter() - t0
        print(f"  of which: load from store {t_load:.3f} s, exposures {t_build:.3f} s, "
              f"causes {t_rank:.3f} s, daily table {t_table:.3f} s, triggers {t_trig:.3f} s")


if __name__ == "__main__":
    main()
