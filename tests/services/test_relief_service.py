"""The relief use case: the journal's recent workout sizes rehydration; a broken store does not
stop relief."""

from __future__ import annotations

import datetime as dt

from crampwise.services.journal import log_object
from crampwise.services.relief import recent_workout, relief_for

NOW = dt.datetime(2026, 6, 14, 12, 0, tzinfo=dt.UTC)


def _log_run(url: str, start: dt.datetime, user: str = "me") -> None:
    log_object(url, user, {"type": "workout", "time": start.isoformat(), "duration_min": 80,
                           "activity": "running", "temperature_c": 24})


def test_recent_workout_and_fluid_since_it_started(sqlite_url: str) -> None:
    start = NOW - dt.timedelta(hours=3)
    _log_run(sqlite_url, start)
    log_object(sqlite_url, "me", {"type": "fluid", "time": (start - dt.timedelta(hours=1))
                                  .isoformat(), "ml": 900})  # before: not counted
    log_object(sqlite_url, "me", {"type": "fluid", "time": (start + dt.timedelta(minutes=40))
                                  .isoformat(), "ml": 300})
    log_object(sqlite_url, "me", {"type": "fluid", "time": (start + dt.timedelta(hours=2))
                                  .isoformat(), "ml": 250, "drink": "sports_drink"})
    workout, fluid = recent_workout(sqlite_url, "me", now=NOW)
    assert workout is not None and workout["duration_min"] == 80
    assert fluid == 550
    assert recent_workout(sqlite_url, "me", now=NOW + dt.timedelta(days=2)) == (None, None)
    assert recent_workout(sqlite_url, "nobody", now=NOW) == (None, None)


def test_relief_for_sizes_rehydration_from_the_journal(sqlite_url: str) -> None:
    _log_run(sqlite_url, NOW - dt.timedelta(hours=1))
    routine = relief_for(sqlite_url, "me", "calf", now=NOW)
    hydration = next(s for s in routine["steps"] if s["method"] == "hydration")
    assert "80 min running at 24 °C" in " ".join(hydration["instructions"])
    assert relief_for(sqlite_url, "me", "calf", now=NOW + dt.timedelta(days=3)) != routine


def test_unreadable_journal_gives_the_general_routine_with_a_note(tmp_path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    routine = relief_for(f"sqlite:///{blocker}/sub/crampwise.db", "me", "calf")
    assert routine["steps"][0]["method"] == "stretching"
    assert any("could not be read" in n for n in routine["notes"])
