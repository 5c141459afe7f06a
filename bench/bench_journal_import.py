"""Benchmark: import a generated journal of N entries into a fresh store; entries/s, peak memory.

Runs each import in its own process (peak RSS is that process's own), on SQLite and, when
CRAMPWISE_TEST_PG_URL is set (``make bench-journal`` starts a throwaway cluster), on PostgreSQL.
Memory must stay flat in file size, so a smaller file is imported too and the peaks compared.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import sqlalchemy as sa

HERE = Path(__file__).parent
OUT = HERE / "out"

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from crampwise.services.importing import import_file
from crampwise.store.db import get_engine
url, path = sys.argv[1], Path(sys.argv[2])
get_engine(url)  # migrate before the clock starts
start = time.perf_counter()
report = import_file(url, "bench", path)
seconds = time.perf_counter() - start
assert not report.failed, report.errors[:3]
print(json.dumps({"seconds": seconds, "added": sum(report.added.values()),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def journal(entries: int) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"journal_{entries}.jsonl"
    if not path.exists():
        subprocess.run([sys.executable, str(HERE / "gen_journal.py"), "--entries", str(entries),
                        str(path)], check=True)
    return path


def run_import(url: str, path: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", CHILD, url, str(path)], check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def pg_database() -> tuple[str, str] | None:
    base = os.environ.get("CRAMPWISE_TEST_PG_URL")
    admin = os.environ.get("CRAMPWISE_TEST_PG_ADMIN_URL")
    if not base or not admin:
        return None
    name = f"bench_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return sa.engine.make_url(base).set(database=name).render_as_string(False), name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=100_000,
                        help="a smaller file, to show memory does not grow with file size")
    args = parser.parse_args()
    rows = []
    paths = [(size, journal(size)) for size in (args.small, args.entries)]
    # every SQLite run first: PostgreSQL's background work after an import (autovacuum,
    # checkpoints) would otherwise share the two cores with the next SQLite run
    for size, path in paths:
        with tempfile.TemporaryDirectory() as tmp:
            result = run_import(f"sqlite:///{tmp}/bench.db", path)
        rows.append(("SQLite", size, path.stat().st_size / 1e6, result))
    for size, path in paths:
        pg = pg_database()
        if pg is not None:
            rows.append(("PostgreSQL", size, path.stat().st_size / 1e6, run_import(pg[0], path)))
    print(f"{'store':<11} {'entries':>9} {'file MB':>8} {'seconds':>8} {'entries/s':>10} "
          f"{'peak MB':>8}")
    for store, size, mb, r in rows:
        print(f"{store:<11} {size:>9,} {mb:>8.1f} {r['seconds']:>8.2f} "
              f"{r['added'] / r['seconds']:>10,.0f} {r['peak_mb']:>8.0f}")
    print("target: >= 50,000 entries/s on SQLite; peak memory flat in file size")


if __name__ == "__main__":
    main()
