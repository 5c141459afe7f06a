"""Kill -9 in the middle of a large Apple Health import: the store stays consistent, a re-run
completes it, and the result equals a clean import."""

from __future__ import annotations

import importlib.util
import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crampwise.services.importing import import_file
from crampwise.services.journal import export_journal
from crampwise.store.db import get_engine
from crampwise.store.tables import DETAIL_TABLES

ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-c", "from crampwise.cli.main import run; run()"]
RECORDS = 150_000  # ~60 MB of XML: an import of a few seconds


def _generator():  # bench/ is not a package: load the project's generator from its file
    spec = importlib.util.spec_from_file_location("gen_apple_health",
                                                  ROOT / "bench" / "gen_apple_health.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cli(db: Path, *args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, CRAMPWISE_USER="me")
    return subprocess.run([*CLI, "--db", f"sqlite:///{db}", *args], capture_output=True,
                          text=True, env=env, timeout=120, **kwargs)


def _consistent(db: Path) -> int:
    """Check integrity and that every entry has its detail row (and vice versa); count rows."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        for kind, table in DETAIL_TABLES.items():
            name = table.__tablename__
            orphans = conn.execute(
                f"SELECT count(*) FROM entries e WHERE e.type = ? AND NOT EXISTS "
                f"(SELECT 1 FROM {name} d WHERE d.entry_id = e.id)", (kind,)).fetchone()[0]
            assert orphans == 0, f"{orphans} {kind} entries without their detail row"
            loose = conn.execute(f"SELECT count(*) FROM {name} d WHERE NOT EXISTS "
                                 f"(SELECT 1 FROM entries e WHERE e.id = d.entry_id)").fetchone()
            assert loose[0] == 0, f"{loose[0]} {name} rows without an entry"
        return conn.execute("SELECT count(*) FROM entries").fetchone()[0]


def _read_position(pid: int, target: Path) -> int | None:
    """How far process ``pid`` has read ``target`` (its file offset, from /proc)."""
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            if os.readlink(fd) == str(target):
                info = Path(f"/proc/{pid}/fdinfo/{fd.name}").read_text()
                return int(info.split("pos:")[1].split()[0])
        except (OSError, IndexError, ValueError):
            continue
    return None


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/fdinfo").exists(), reason="needs Linux /proc")
def test_kill_mid_import_then_rerun_equals_clean_import(tmp_path: Path) -> None:
    export = tmp_path / "export.xml"
    _generator().generate(RECORDS, export, used_first=True)  # writes start early
    killed_db, clean_db = tmp_path / "killed.db", tmp_path / "clean.db"
    get_engine(f"sqlite:///{killed_db}").dispose()  # store created and migrated first
    size = export.stat().st_size

    env = dict(os.environ, CRAMPWISE_USER="me", CRAMPWISE_IMPORT_BATCH_SIZE="500")
    process = subprocess.Popen([*CLI, "--db", f"sqlite:///{killed_db}", "import", str(export)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 60
    position = 0
    while time.monotonic() < deadline and process.poll() is None:
        position = _read_position(process.pid, export) or 0
        if position >= size * 0.4:  # past the used records: batches written, not committed
            break
        time.sleep(0.01)
    assert process.poll() is None, "the import finished before it could be killed: make it bigger"
    os.kill(process.pid, signal.SIGKILL)
    assert process.wait(timeout=10) == -signal.SIGKILL
    assert size * 0.4 <= position < size, "not killed mid-way"

    assert _consistent(killed_db) == 0  # one transaction per file: nothing half-written

    rerun = _cli(killed_db, "--json", "import", str(export))
    assert rerun.returncode == 0, rerun.stderr
    clean_url = f"sqlite:///{clean_db}"
    clean = import_file(clean_url, "me", export)  # the same service the CLI calls
    assert not clean.failed, clean.errors
    total = _consistent(killed_db)
    assert total == _consistent(clean_db) > 4_000

    first, second = io.StringIO(), io.StringIO()
    export_journal(f"sqlite:///{killed_db}", "me", first)
    export_journal(clean_url, "me", second)
    assert first.getvalue() == second.getvalue()
    assert len(first.getvalue().splitlines()) == total
    for url in (f"sqlite:///{killed_db}", clean_url):
        get_engine(url).dispose()
