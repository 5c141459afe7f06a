"""Benchmark: a coach's Athletes roster with 20 athletes, each sharing a one-year journal.

Twenty journals from the test scenario generator (each with a different planted cause or none,
365 days, workouts, drinks, sleep, meals, episodes) go into one SQLite store; every athlete
shares with the coach. Times ``sharing.roster`` (one analysis and a triage per recent episode
for each athlete) cold, warm (each analysis cached against its journal's revision), after one
athlete logged a cramp (one analysis again), and the rendered ``/athletes`` page.

Run: ``.venv/bin/python bench/bench_roster.py`` (target: the page in under 1 s warm).
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fastapi.testclient import TestClient  # noqa: E402

from crampwise.domain.journal import Episode  # noqa: E402
from crampwise.services import accounts, sharing  # noqa: E402
from crampwise.store import entries as store  # noqa: E402
from crampwise.store.db import session_scope  # noqa: E402
from crampwise.web.app import create_app  # noqa: E402
from tests.engine.scenarios import PLANTABLE, START, journal  # noqa: E402

ATHLETES = 20
DAYS = 365
PASSWORD = "correct horse battery staple"


def main() -> None:
    causes = [*PLANTABLE, None]
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/roster.db"
        coach = accounts.sign_up(url, "coach-kim", PASSWORD)
        total = 0
        t0 = time.perf_counter()
        for i in range(ATHLETES):
            name = f"athlete-{i:02d}"
            entries = journal(causes[i % len(causes)], i, days=DAYS)
            total += len(entries)
            with session_scope(url) as session:
                user = store.get_or_create_user(session, name)
                store.add_entries(session, user.id, entries)
            sharing.share_with(url, accounts.set_password(url, name, PASSWORD), "coach-kim")
        print(f"{ATHLETES} athletes, {total:,} entries in all, stored in "
              f"{time.perf_counter() - t0:.1f} s")
        now = START + dt.timedelta(days=DAYS)
        t0 = time.perf_counter()
        rows = sharing.roster(url, coach, now=now)
        print(f"roster cold: {time.perf_counter() - t0:.2f} s "
              f"({sum(r.episodes_30d for r in rows)} episodes in the last 30 days, "
              f"{sum(r.needs_attention for r in rows)} athletes flagged for a doctor)")
        warm = []
        for _ in range(3):
            t0 = time.perf_counter()
            sharing.roster(url, coach, now=now)
            warm.append(time.perf_counter() - t0)
        print(f"roster warm: {statistics.median(warm):.2f} s (median of 3), "
              f"{statistics.median(warm) / ATHLETES * 1000:.0f} ms per athlete")
        with session_scope(url) as session:
            user = store.get_or_create_user(session, "athlete-00")
            store.add_entries(session, user.id, [Episode(
                time=now - dt.timedelta(hours=2), kind="spasm", muscle="calf")])
        t0 = time.perf_counter()
        sharing.roster(url, coach, now=now)
        print(f"roster after one athlete logged a cramp: {time.perf_counter() - t0:.2f} s")
        client = TestClient(create_app(url))
        client.post("/signin", data={"username": "coach-kim", "password": PASSWORD,
                                     "csrf_token": _csrf(client)})
        pages = []
        for _ in range(3):
            t0 = time.perf_counter()
            answer = client.get("/athletes")
            pages.append(time.perf_counter() - t0)
            assert answer.status_code == 200 and answer.text.count("data-athlete=") == ATHLETES
        print(f"/athletes page warm: {statistics.median(pages):.2f} s (median of 3)")


def _csrf(client: TestClient) -> str:
    import re

    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/signin").text)
    assert found
    return found.group(1)


if __name__ == "__main__":
    main()
