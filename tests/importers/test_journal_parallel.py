"""A large journal is parsed by a worker process: same result, same errors, same idempotence."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from crampwise.importers import journal as journal_importer
from crampwise.services.importing import import_file
from crampwise.services.journal import export_journal


def _lines(n: int) -> list[str]:
    lines = [json.dumps({"type": "profile", "timezone": "Europe/Berlin"})]
    for i in range(n):
        lines.append(json.dumps({"type": "fluid", "time": f"2026-03-01T{i // 3600 % 24:02d}:"
                                 f"{i // 60 % 60:02d}:{i % 60:02d}", "ml": 100 + i % 400,
                                 "id": f"f{i}"}))
    return lines


def _export(url: str, user: str) -> list[str]:
    buffer = io.StringIO()
    export_journal(url, user, buffer)
    return buffer.getvalue().splitlines()


@pytest.fixture
def tiny_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(journal_importer, "PARALLEL_FROM_BYTES", 1)
    monkeypatch.setattr(journal_importer, "CHUNK_BYTES", 20_000)


def test_parallel_equals_sequential(db_url: str, tmp_path: Path, tiny_threshold: None) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(_lines(3000)) + "\n")
    report = import_file(db_url, "parallel", path)
    assert not report.failed and report.added["fluid"] == 3000
    # naive times took the profile's zone, found before the workers started
    assert '"time":"2026-03-01T00:00:00+01:00"' in _export(db_url, "parallel")[1]
    again = import_file(db_url, "parallel", path)
    assert sum(again.added.values()) == 0 and again.duplicates["fluid"] == 3000
    journal_importer.PARALLEL_FROM_BYTES = 10**12  # type: ignore[misc]
    import_file(db_url, "sequential", path)
    assert _export(db_url, "parallel") == _export(db_url, "sequential")


def test_parallel_reports_bad_lines_and_writes_nothing(db_url: str, tmp_path: Path,
                                                       tiny_threshold: None) -> None:
    lines = _lines(1200)
    lines[700] = '{"type":"fluid","time":"2026-03-01T10:00:00+01:00","ml":-1}'
    lines[1100] = '{"type":"profile"}'
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n")
    report = import_file(db_url, "me", path)
    assert report.failed
    assert report.errors == [
        "line 701: key 'ml': expected a number > 0, got -1",
        "line 1101: key 'type': duplicate profile: a journal has at most one (the first is on "
        "line 1)"]
    assert _export(db_url, "me") == []
