"""Export → import → export gives the same lines; re-import adds nothing; on both databases."""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from crampwise.domain.parsing import parse_entry
from crampwise.services.importing import import_file
from crampwise.services.journal import export_journal, journal_line
from tests.strategies import journals


def _write(path: Path, lines: list[dict]) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def _export(url: str, user: str) -> list[str]:
    buffer = io.StringIO()
    export_journal(url, user, buffer)
    return buffer.getvalue().splitlines()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(journal=journals())
def test_round_trip_and_idempotence(db_url: str, tmp_path: Path, journal: list[dict]) -> None:
    source = _write(tmp_path / f"{uuid.uuid4().hex}.jsonl", journal)
    first_user, second_user = uuid.uuid4().hex, uuid.uuid4().hex

    report = import_file(db_url, first_user, source)
    assert not report.failed, report.errors
    first = _export(db_url, first_user)
    # Every line comes back in its canonical form; a repeated source id (per type) or a repeated
    # content adds nothing, the first one wins (journal.md: imports are idempotent).
    expected, seen_ids = set(), set()
    for line in journal:
        canonical = parse_entry(line).to_json()
        if "id" in canonical and canonical["type"] != "profile":
            if (canonical["type"], canonical["id"]) in seen_ids:
                continue
            seen_ids.add((canonical["type"], canonical["id"]))
        expected.add(journal_line(parse_entry(canonical)))
    assert set(first) == expected

    again = import_file(db_url, first_user, source)
    assert sum(again.added.values()) == 0
    assert _export(db_url, first_user) == first

    exported = tmp_path / f"{uuid.uuid4().hex}.jsonl"
    exported.write_text("".join(line + "\n" for line in first), encoding="utf-8")
    report = import_file(db_url, second_user, exported)
    assert not report.failed, report.errors
    assert sorted(_export(db_url, second_user)) == sorted(first)
