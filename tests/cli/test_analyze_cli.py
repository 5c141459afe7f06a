"""``crampwise analyze`` as a person runs it: Rich output, --json, date options, bad input."""

from __future__ import annotations

import json

from crampwise.store import entries as store
from crampwise.store.db import session_scope
from tests.cli.helpers import run
from tests.engine.scenarios import journal


def _fill(url: str) -> None:
    with session_scope(url) as session:
        user = store.get_or_create_user(session, "me")
        store.add_entries(session, user.id, journal("sleep_debt", 2))


def test_analyze_json_is_the_service_result(sqlite_url: str) -> None:
    _fill(sqlite_url)
    done = run(sqlite_url, "--json", "analyze")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["causes"][0]["cause"] == "sleep_debt"
    assert data["causes"][0]["confidence"] >= 0.5
    local = run(sqlite_url, "analyze", "--json", "--since", "2025-09-01")
    assert json.loads(local.stdout)["period"]["start"] >= "2025-09-01"


def test_analyze_table_shows_causes_grades_and_gaps(sqlite_url: str) -> None:
    _fill(sqlite_url)
    done = run(sqlite_url, "analyze")
    assert done.returncode == 0, done.stderr
    assert "Short sleep" in done.stdout
    assert "evidence:" in done.stdout
    assert "What stopped your episodes" in done.stdout
    assert "not a diagnosis" in done.stdout


def test_analyze_empty_journal_names_the_gap(sqlite_url: str) -> None:
    done = run(sqlite_url, "analyze")
    assert done.returncode == 0, done.stderr
    assert "No cause has support" in done.stdout
    assert "no cramps" in done.stdout


def test_analyze_rejects_bad_dates(sqlite_url: str) -> None:
    done = run(sqlite_url, "analyze", "--since", "2025-13-01")
    assert done.returncode == 2
    assert "--since" in done.stderr and "Traceback" not in done.stderr
    done = run(sqlite_url, "analyze", "--since", "2025-05-02", "--until", "2025-05-01")
    assert done.returncode == 2
