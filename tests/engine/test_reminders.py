"""Reminders and their iCalendar file, parsed back with icalendar and expanded with dateutil."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import Calendar

from crampwise.engine.plan import build_plan
from crampwise.engine.plan_inputs import EpisodeInfo, PlanInputs, SessionSlot
from crampwise.engine.reminders import to_ics

TODAY = dt.date(2026, 6, 3)  # a Wednesday
ZONE = "America/New_York"


def person(**changes: Any) -> PlanInputs:
    base = PlanInputs(
        today=TODAY, timezone=ZONE, body_mass_kg=80.0, wake_time=dt.time(6, 30),
        training_days_per_week=3, rest_days_per_week=4,
        slots=[SessionSlot(5, dt.time(8, 0), "running", 100, 6),   # Saturday long run
               SessionSlot(1, dt.time(18, 30), "cycling", 40, 5)])  # Tuesday short ride
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def events(data: bytes) -> list[Any]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_every_event_has_an_alarm_a_valid_rrule_and_the_profile_zone() -> None:
    inputs = person()
    cal_bytes = to_ics(build_plan(inputs)["reminders"], ZONE, TODAY)
    cal = Calendar.from_ical(cal_bytes)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == [ZONE]
    found = events(cal_bytes)
    assert found
    for event in found:
        alarms = event.walk("VALARM")
        assert alarms and all(a["ACTION"] == "DISPLAY" for a in alarms)
        start = event.decoded("DTSTART")
        assert start.tzinfo is not None and str(start.tzinfo) == ZONE
        assert start.date() >= TODAY
        rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
        nxt = list(rule.xafter(start, count=3, inc=True))
        assert len(nxt) == 3 and nxt[0] == start


def test_session_reminders_fall_on_the_habitual_weekday_and_time() -> None:
    found = {str(e["UID"]): e for e in events(to_ics(build_plan(person())["reminders"],
                                                     ZONE, TODAY))}
    sat = found["session-sa-0800.me@crampwise"]
    start = sat.decoded("DTSTART")
    assert start == dt.datetime(2026, 6, 6, 8, 0, tzinfo=ZoneInfo(ZONE))
    assert sat.decoded("DTEND") - start == dt.timedelta(minutes=100)
    triggers = sorted(a.decoded("TRIGGER") for a in sat.walk("VALARM"))
    assert triggers[0] == dt.timedelta(minutes=-15)
    assert dt.timedelta(minutes=15) in triggers and dt.timedelta(minutes=90) in triggers
    assert "ml every 15 minutes" in str(sat["DESCRIPTION"])
    assert "pre4h-sa-0800.me@crampwise" not in found  # 04:00 is too early
    pre2 = found["pre2h-sa-0800.me@crampwise"]
    assert pre2.decoded("DTSTART").time() == dt.time(6, 0)
    assert "240-400 ml" in str(pre2["DESCRIPTION"])  # 3-5 ml/kg of 80 kg
    tue = found["session-tu-1830.me@crampwise"]
    assert "drink to thirst" in str(tue["DESCRIPTION"])  # 40 min: no planned drinking
    assert len(tue.walk("VALARM")) == 1
    assert "pre4h-tu-1830.me@crampwise" in found and "pre2h-tu-1830.me@crampwise" in found


def test_no_drinking_reminder_in_the_small_hours() -> None:
    early = person(slots=[SessionSlot(5, dt.time(7, 0), "running", 90, 4)])
    ids = [r["id"] for r in build_plan(early)["reminders"]]
    assert "pre4h-sa-0700" not in ids and "pre2h-sa-0700" not in ids  # 03:00 and 05:00
    assert "session-sa-0700" in ids


def test_uids_are_stable_across_exports_and_distinct_per_person() -> None:
    reminders = build_plan(person())["reminders"]
    first = events(to_ics(reminders, ZONE, TODAY, owner="ana"))
    later = events(to_ics(reminders, ZONE, TODAY + dt.timedelta(days=9), owner="ana",
                          stamp=dt.datetime(2026, 6, 12, 9, tzinfo=dt.UTC)))
    uids = [str(e["UID"]) for e in first]
    assert len(set(uids)) == len(uids)
    assert uids == [str(e["UID"]) for e in later]
    other = {str(e["UID"]) for e in events(to_ics(reminders, ZONE, TODAY, owner="Bo Li"))}
    assert not other & set(uids)


def test_rest_days_avoid_training_days_and_bedtime_stretch_only_for_night_cramps() -> None:
    plan = build_plan(person())
    rest = [r for r in plan["reminders"] if r["kind"] == "rest_day"]
    assert len(rest) == plan["rest"]["rest_days_per_week"] == 1
    assert rest[0]["weekday"] not in ("SA", "TU")
    assert not [r for r in plan["reminders"] if r["kind"] == "stretch"]
    night = EpisodeInfo(dt.datetime(2026, 5, 1, 3, tzinfo=dt.UTC), "calf", "spasm", "sleep")
    with_night = build_plan(person(episodes=[night]))["reminders"]
    assert [r["id"] for r in with_night if r["kind"] == "stretch"] == ["bedtime-stretch"]


def test_daily_drinking_reminders_start_after_waking() -> None:
    late = build_plan(person(wake_time=dt.time(11, 0)))["reminders"]
    daily = [r["time"] for r in late if r["kind"] == "hydration"]
    assert daily == ["11:00", "13:00", "15:30", "18:00"]
