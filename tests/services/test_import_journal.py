"""Journal import rules: all-or-nothing, --skip-invalid, time zones, profile, idempotence."""

from __future__ import annotations

import io
import json
from pathlib import Path
from zoneinfo import ZoneInfo

from crampwise.services.importing import MAX_LISTED_ERRORS, import_file
from crampwise.services.journal import counts, export_journal

GOOD = [
    {"type": "profile", "sex": "female", "birth_year": 1991, "body_mass_kg": 61.5,
     "timezone": "Europe/Berlin"},
    {"type": "body_mass", "time": "2026-06-14T06:40:00+02:00", "kg": 61.4,
     "context": "pre_workout"},
    {"type": "workout", "time": "2026-06-14T07:00:00+02:00", "duration_min": 105,
     "activity": "running", "rpe": 7, "temperature_c": 27, "humidity_pct": 65,
     "muscle_groups": ["calf", "quadriceps"]},
    {"type": "fluid", "time": "2026-06-14T07:50:00+02:00", "ml": 250, "drink": "water"},
    {"type": "body_mass", "time": "2026-06-14T08:50:00+02:00", "kg": 59.6,
     "context": "post_workout"},
    {"type": "episode", "time": "2026-06-14T09:10:00+02:00", "kind": "spasm", "muscle": "calf",
     "side": "left", "duration_s": 90, "pain": 7, "during": "after_exercise",
     "relief": ["stretching"], "relieved": True},
    {"type": "meal", "time": "2026-06-14T12:30:00+02:00",
     "items": [{"food": "banana, raw", "grams": 120}, {"food": "spinach, raw", "grams": 60}]},
]


def _file(tmp_path: Path, lines: list, name: str = "journal.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines),
                    encoding="utf-8")
    return path


def _export(url: str, user: str = "me") -> list[str]:
    buffer = io.StringIO()
    export_journal(url, user, buffer)
    return buffer.getvalue().splitlines()


def test_spec_example_imports_and_reimport_adds_nothing(db_url: str, tmp_path: Path) -> None:
    path = _file(tmp_path, GOOD)
    report = import_file(db_url, "me", path)
    assert not report.failed
    assert dict(report.added) == {"profile": 1, "body_mass": 2, "workout": 1, "fluid": 1,
                                  "episode": 1, "meal": 1}
    again = import_file(db_url, "me", path)
    assert sum(again.added.values()) == 0
    assert sum(again.duplicates.values()) == len(GOOD)
    assert counts(db_url, "me") == {"profile": 1, "body_mass": 2, "workout": 1, "fluid": 1,
                                    "episode": 1, "meal": 1}


def test_one_bad_line_changes_nothing(db_url: str, tmp_path: Path) -> None:
    import_file(db_url, "me", _file(tmp_path, GOOD[:3], "first.jsonl"))
    before = _export(db_url)
    bad = GOOD[3:] + [{"type": "fluid", "time": "2026-06-14T10:00:00+02:00", "ml": -1}]
    report = import_file(db_url, "me", _file(tmp_path, bad, "second.jsonl"))
    assert report.failed
    assert report.errors == ["line 5: key 'ml': expected a number > 0, got -1"]
    assert sum(report.added.values()) == 0
    assert _export(db_url) == before


def test_skip_invalid_imports_the_valid_lines(db_url: str, tmp_path: Path) -> None:
    lines = GOOD + ["{not json", {"type": "episode", "time": "2026-06-15T07:00:00+02:00",
                                  "kind": "spasm", "muscle": "thigh"}]
    report = import_file(db_url, "me", _file(tmp_path, lines), skip_invalid=True)
    assert not report.failed
    assert report.skipped_invalid == 2
    assert report.errors[0].startswith("line 8: not valid JSON")
    assert report.errors[1].startswith("line 9: key 'muscle': 'thigh' is ambiguous")
    assert sum(report.added.values()) == len(GOOD)


def test_errors_are_listed_up_to_fifty_then_counted(db_url: str, tmp_path: Path) -> None:
    lines = [{"type": "fluid", "time": "2026-06-14T10:00:00+02:00", "ml": 0}] * 70
    report = import_file(db_url, "me", _file(tmp_path, lines))
    assert report.failed
    assert len(report.errors) == MAX_LISTED_ERRORS
    assert report.error_count == 70
    assert report.errors[49] == "line 50: key 'ml': expected a number > 0, got 0"


def test_naive_time_needs_a_zone(db_url: str, tmp_path: Path) -> None:
    naive = [{"type": "fluid", "time": "2026-01-10T10:00:00", "ml": 300}]
    report = import_file(db_url, "me", _file(tmp_path, naive))
    assert report.failed and "has no UTC offset" in report.errors[0]
    report = import_file(db_url, "me", _file(tmp_path, naive), tz=ZoneInfo("America/New_York"))
    assert not report.failed
    assert _export(db_url) == ['{"type":"fluid","time":"2026-01-10T10:00:00-05:00","ml":300,'
                               '"drink":"water"}']


def test_profile_time_zone_applies_to_naive_times(db_url: str, tmp_path: Path) -> None:
    lines = [{"type": "profile", "timezone": "Europe/Berlin"},
             {"type": "fluid", "time": "2026-07-01T10:00:00", "ml": 300}]
    assert not import_file(db_url, "me", _file(tmp_path, lines)).failed
    later = [{"type": "fluid", "time": "2026-12-01T10:00:00", "ml": 200}]
    assert not import_file(db_url, "me", _file(tmp_path, later, "later.jsonl")).failed
    exported = _export(db_url)
    assert '"time":"2026-07-01T10:00:00+02:00"' in exported[1]
    assert '"time":"2026-12-01T10:00:00+01:00"' in exported[2]


def test_duplicate_profile_is_an_error(db_url: str, tmp_path: Path) -> None:
    lines = [{"type": "profile", "sex": "male"}, {"type": "profile", "sex": "female"}]
    report = import_file(db_url, "me", _file(tmp_path, lines))
    assert report.errors == ["line 2: key 'type': duplicate profile: a journal has at most one "
                             "(the first is on line 1)"]


def test_later_profile_updates_the_earlier(db_url: str, tmp_path: Path) -> None:
    import_file(db_url, "me", _file(tmp_path, [{"type": "profile", "sex": "male"}], "a.jsonl"))
    report = import_file(db_url, "me", _file(tmp_path, [{"type": "profile", "sex": "female",
                                                         "birth_year": 1980}], "b.jsonl"))
    assert report.updated["profile"] == 1
    assert _export(db_url) == ['{"type":"profile","sex":"female","birth_year":1980}']


def test_users_are_isolated(db_url: str, tmp_path: Path) -> None:
    import_file(db_url, "ann", _file(tmp_path, GOOD))
    assert _export(db_url, "bob") == []
    assert sum(import_file(db_url, "bob", _file(tmp_path, GOOD)).added.values()) == len(GOOD)


def test_same_source_id_is_one_entry(db_url: str, tmp_path: Path) -> None:
    first = [{"type": "fluid", "id": "watch-1", "time": "2026-06-14T10:00:00+02:00", "ml": 300}]
    changed = [{"type": "fluid", "id": "watch-1", "time": "2026-06-14T10:00:00+02:00", "ml": 350}]
    import_file(db_url, "me", _file(tmp_path, first, "a.jsonl"))
    report = import_file(db_url, "me", _file(tmp_path, changed, "b.jsonl"))
    assert report.duplicates["fluid"] == 1 and not report.added
    assert len(_export(db_url)) == 1


def test_not_a_journal_is_a_clear_error(db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("my calf hurt on tuesday\n")
    report = import_file(db_url, "me", path)
    assert report.failed
    assert "not a format crampwise can import" in report.errors[0]


def test_bulk_import_leaves_no_orphans_and_foreign_keys_on(db_url: str, tmp_path: Path) -> None:
    """The import runs without SQLite's foreign-key checks; nothing may depend on them."""
    from sqlalchemy import text

    from crampwise.store.db import get_engine

    import_file(db_url, "me", _file(tmp_path, GOOD, "a.jsonl"))
    import_file(db_url, "me", _file(tmp_path, [{"type": "profile", "sex": "male"}], "b.jsonl"))
    failed = import_file(db_url, "me", _file(tmp_path, [GOOD[3], '{"type":"fluid"}'], "c.jsonl"))
    assert failed.failed  # rolled back: the checks must come back on after a failure too
    engine = get_engine(db_url)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        orphans = conn.execute(text(
            "SELECT count(*) FROM profile_entries p LEFT JOIN entries e ON e.id = p.entry_id "
            "WHERE e.id IS NULL")).scalar_one()
    assert orphans == 0
    assert _export(db_url)[0] == '{"type":"profile","sex":"male"}'
