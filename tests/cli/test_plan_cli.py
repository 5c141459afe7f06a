"""``crampwise plan`` and ``crampwise prepare`` through a temporary SQLite store whose journal is
imported and logged with the CLI itself. Commands run in process through the real entry point
(``crampwise.cli.main.run``, fast); one test runs the installed script as a subprocess."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

CRAMPWISE = str(Path(sys.executable).with_name("crampwise"))
TZ = dt.timezone(dt.timedelta(hours=2))


def subprocess_run(args: list[str], url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRAMPWISE_DATABASE_URL": url, "COLUMNS": "100"}
    return subprocess.run([CRAMPWISE, *args], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=120)


def run(args: list[str], url: str) -> subprocess.CompletedProcess[str]:
    """The real entry point in this process, with stdout/stderr captured."""
    from crampwise.cli.main import run as entry

    stdout, stderr = io.StringIO(), io.StringIO()
    code = 0
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sys, "argv", ["crampwise", "--db", url, *args])
        mp.setattr(sys, "stdin", io.StringIO(""))
        mp.setattr(sys, "stdout", stdout)
        mp.setattr(sys, "stderr", stderr)
        try:
            entry()
        except SystemExit as exc:
            code = int(exc.code or 0)
    return subprocess.CompletedProcess(args, code, stdout.getvalue(), stderr.getvalue())


def journal_lines() -> list[dict[str, object]]:
    """Four weeks of a runner: Tuesday/Thursday evening runs and a Saturday long run, weighed
    around each run, with calf cramps after two long runs."""
    lines: list[dict[str, object]] = [{"type": "profile", "sex": "female", "birth_year": 1991,
                                       "body_mass_kg": 61.5, "timezone": "Europe/Berlin"}]
    for i in range(28):
        day = dt.date(2026, 5, 4) + dt.timedelta(days=i)
        if day.weekday() not in (1, 3, 5):
            continue
        long_run = day.weekday() == 5
        start = dt.datetime.combine(day, dt.time(9, 0) if long_run else dt.time(18, 30), TZ)
        minutes = 105 if long_run else 50
        end = start + dt.timedelta(minutes=minutes)
        lines += [
            {"type": "body_mass", "time": (start - dt.timedelta(minutes=15)).isoformat(),
             "kg": 61.5, "context": "pre_workout"},
            {"type": "workout", "time": start.isoformat(), "duration_min": minutes,
             "activity": "running", "rpe": 7 if long_run else 5,
             "temperature_c": 27 if long_run else 16, "humidity_pct": 60},
            {"type": "fluid", "time": (start + dt.timedelta(minutes=30)).isoformat(),
             "ml": 250},
            {"type": "body_mass", "time": (end + dt.timedelta(minutes=10)).isoformat(),
             "kg": 60.2 if long_run else 61.0, "context": "post_workout"},
        ]
        if long_run and i > 10:
            lines.append({"type": "episode", "time": (end + dt.timedelta(minutes=20))
                          .isoformat(), "kind": "spasm", "muscle": "calf",
                          "during": "after_exercise", "pain": 6})
    return lines


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("plan")
    url = f"sqlite:///{folder / 'crampwise.db'}"
    path = folder / "journal.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in journal_lines()) + "\n", "utf-8")
    imported = run(["import", str(path)], url)
    assert imported.returncode == 0, imported.stderr
    logged = run(["log", "sleep", "--time", "2026-05-31T23:00:00+02:00", "--hours", "6"], url)
    assert logged.returncode == 0, logged.stderr
    return url


def test_plan_json_has_the_spec_sections_from_the_imported_journal(store: str) -> None:
    out = run(["--json", "plan"], store)
    assert out.returncode == 0, out.stderr
    plan = json.loads(out.stdout)
    for key in ("hydration", "nutrition", "warm_up", "cool_down", "training", "posture",
                "rest", "sleep", "reminders"):
        assert key in plan
    assert plan["hydration"]["basis"]["sweat_tests"] == 12
    assert plan["hydration"]["basis"]["body_mass_kg"] == 61.5
    assert plan["warm_up"]["muscles"] == ["calf"]
    assert plan["sleep"]["basis"]["usual_hours"] == 6.0
    slots = {r["id"] for r in plan["reminders"] if r["kind"] == "session"}
    assert slots == {"session-tu-1830", "session-th-1830", "session-sa-0900"}


def test_plan_writes_a_calendar_and_shows_sections(store: str, tmp_path: Path) -> None:
    target = tmp_path / "reminders.ics"
    out = run(["plan", "--ics", str(target)], store)
    assert out.returncode == 0, out.stderr
    assert "Hydration and sodium" in out.stdout and "Reminders" in out.stdout
    cal = Calendar.from_ical(target.read_bytes())
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    uids = [str(e["UID"]) for e in cal.walk("VEVENT")]
    assert "session-sa-0900.me@crampwise" in uids
    again = tmp_path / "again.ics"
    assert run(["plan", "--ics", str(again)], store).returncode == 0
    assert [str(e["UID"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")] == uids


def test_prepare_json_long_hot_run_is_high_risk(store: str) -> None:
    out = run(["--json", "prepare", "--activity", "Running", "--duration-min", "120",
               "--temperature-c", "29", "--humidity-pct", "60"], store)
    assert out.returncode == 0, out.stderr
    prep = json.loads(out.stdout)
    assert set(prep) >= {"fluid_schedule", "sodium_mg_per_hour", "warm_up", "risk"}
    assert prep["activity"] == "running"
    assert prep["risk"]["level"] == "high"
    assert prep["warm_up"]["muscles"][0] == "calf"
    assert prep["fluid_schedule"]["basis"]["sweat_tests"] >= 1


def test_prepare_rejects_unknown_activity_with_closest_match(store: str) -> None:
    out = subprocess_run(["prepare", "--activity", "runing", "--duration-min", "60"], store)
    assert out.returncode == 2
    assert "did you mean 'running'" in out.stderr and "Traceback" not in out.stderr
    bad = run(["prepare", "--activity", "running", "--duration-min", "0"], store)
    assert bad.returncode == 2 and "duration" in bad.stderr


def test_plan_for_an_empty_journal_still_works_and_names_gaps(tmp_path: Path) -> None:
    out = run(["--json", "plan"], f"sqlite:///{tmp_path / 'empty.db'}")
    assert out.returncode == 0, out.stderr
    plan = json.loads(out.stdout)
    assert plan["hydration"]["basis"]["sweat_tests"] == 0 and plan["hydration"]["warning"]
    assert plan["training"]["data_gaps"] and plan["sleep"]["data_gaps"]
