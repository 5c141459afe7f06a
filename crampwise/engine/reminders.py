"""Calendar reminders of the plan: drinking through the day, before and during habitual
sessions, rest days and (for night cramps) bedtime stretches — and their iCalendar file.

Why: the article's "set reminders" only helps when the reminders land where people look, their
calendar. Events repeat with RRULEs, carry VALARMs, are in the person's time zone, and keep the
same UID from one export to the next, so importing a new file updates the events instead of
adding copies (RFC 5545 §3.8.4.7).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from crampwise.engine.plan_inputs import PlanInputs

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DRINK_TIMES = (dt.time(10, 30), dt.time(13, 0), dt.time(15, 30), dt.time(18, 0))
EARLIEST_PRE_DRINK = dt.time(6, 0)
MAX_DURING_ALARMS = 8
SIPS_FROM_MIN = 45
PRODID = "-//crampwise//prevention plan//EN"


def _fmt(t: dt.time) -> str:
    return t.strftime("%H:%M")


def _minus(t: dt.time, hours: int) -> dt.time | None:
    """``t`` minus ``hours``, or None when that falls before 06:00 or on the previous day."""
    minutes = t.hour * 60 + t.minute - hours * 60
    if minutes < EARLIEST_PRE_DRINK.hour * 60:
        return None
    return dt.time(minutes // 60, minutes % 60)


def _reminder(rid: str, kind: str, title: str, description: str, time: dt.time,
              rrule: str, duration_min: int = 5, alarms_min: tuple[int, ...] = (0,),
              **extra: Any) -> dict[str, Any]:
    return {"id": rid, "kind": kind, "title": title, "description": description,
            "time": _fmt(time), "duration_min": duration_min, "rrule": rrule,
            "alarms_min_after_start": list(alarms_min), **extra}


def _daily(inputs: PlanInputs, plan: dict[str, Any]) -> list[dict[str, Any]]:
    wake = inputs.wake_time or dt.time(7, 0)
    daily_l = plan["hydration"]["daily_drinks_l"]
    glass = 250
    out = [_reminder("water-on-waking", "hydration", "Glass of water on waking",
                     f"Start the day with a glass (~{glass} ml). Drinks through the day: about "
                     f"{daily_l} L plus what you sweat in training.", wake, "FREQ=DAILY")]
    for t in DRINK_TIMES:
        if t > wake:
            out.append(_reminder(f"drink-{t.strftime('%H%M')}", "hydration", "Drink a glass",
                                 f"About {glass} ml; keep a bottle at hand. Drink to thirst, "
                                 "not beyond it.", t, "FREQ=DAILY"))
    return out


def _sessions(inputs: PlanInputs, plan: dict[str, Any]) -> list[dict[str, Any]]:
    hyd = plan["hydration"]
    sodium = hyd["sodium_mg_per_hour"]["intake_mg_per_hour"]
    warm = ", ".join(s["do"] for s in plan["warm_up"]["steps"])
    out = []
    for slot in inputs.slots:
        day, name = DAYS[slot.weekday], DAY_NAMES[slot.weekday]
        rrule = f"FREQ=WEEKLY;BYDAY={day}"
        key = f"{day.lower()}-{slot.start.strftime('%H%M')}"
        pre4 = _minus(slot.start, 4)
        if pre4 is not None and "before_4h_ml" in hyd:
            low, high = hyd["before_4h_ml"]
            out.append(_reminder(f"pre4h-{key}", "pre_session", f"Drink before your {name} "
                                 f"{slot.activity}", f"Drink {low}-{high} ml now (4 h before).",
                                 pre4, rrule, weekday=day))
        pre2 = _minus(slot.start, 2)
        if pre2 is not None and "before_2h_ml_if_needed" in hyd:
            low, high = hyd["before_2h_ml_if_needed"]
            out.append(_reminder(f"pre2h-{key}", "pre_session", "Urine check before training",
                                 f"No urine yet or dark? Drink another {low}-{high} ml.",
                                 pre2, rrule, weekday=day))
        minutes = int(round(slot.duration_min))
        label = slot.activity.replace("_", " ").capitalize()
        if minutes > SIPS_FROM_MIN:
            during = tuple(range(15, minutes, 15))[:MAX_DURING_ALARMS]
            title = f"{label} ({minutes} min): warm up, drink {hyd['ml_per_15_min']} ml / 15 min"
            drink = (f"During: about {hyd['ml_per_15_min']} ml every 15 minutes "
                     f"({hyd['ml_per_hour']} ml/h, never more than {hyd['max_ml_per_hour']} "
                     f"ml/h); sodium {sodium[0]}-{sodium[1]} mg/h on long or hot sessions.")
        else:
            during = ()
            title = f"{label} ({minutes} min): warm up first"
            drink = "A session this short needs no planned drinking: drink to thirst."
        out.append(_reminder(
            f"session-{key}", "session", title, f"Warm-up: {warm}. {drink} After: weigh "
            "yourself and drink ~1.5 L per kg lost.", slot.start, rrule,
            duration_min=minutes, alarms_min=(-15, *during), weekday=day))
    return out


def _rest_days(inputs: PlanInputs, plan: dict[str, Any]) -> list[dict[str, Any]]:
    busy = {s.weekday for s in inputs.slots}
    free = [d for d in (0, 4, 2, 6, 3, 1, 5) if d not in busy]
    wanted = int(plan["rest"]["rest_days_per_week"])
    out = []
    for weekday in sorted(free[:wanted]):
        out.append(_reminder(f"rest-{DAYS[weekday].lower()}", "rest_day", "Rest or low-impact "
                             "day", "Rest, or swim, walk or cycle easily today. Recovery "
                             "reduces fatigue.", dt.time(8, 0), f"FREQ=WEEKLY;BYDAY="
                             f"{DAYS[weekday]}", weekday=DAYS[weekday]))
    return out


def _bedtime(inputs: PlanInputs, plan: dict[str, Any]) -> list[dict[str, Any]]:
    if not any(e.during == "sleep" for e in inputs.episodes):
        return []
    return [_reminder("bedtime-stretch", "stretch", "Calf and hamstring stretch before bed",
                      "About 3 minutes: calf and hamstring stretches, each held ~10-30 s, 3 "
                      "times (helped night cramps in one trial; evidence mixed).",
                      dt.time(21, 30), "FREQ=DAILY")]


def plan_reminders(inputs: PlanInputs, plan: dict[str, Any]) -> list[dict[str, Any]]:
    """The reminders of a plan, each with a stable id, local time, RRULE and alarm offsets."""
    return [*_daily(inputs, plan), *_sessions(inputs, plan), *_rest_days(inputs, plan),
            *_bedtime(inputs, plan)]


def _first(reminder: dict[str, Any], today: dt.date, zone: ZoneInfo) -> dt.datetime:
    hour, minute = (int(x) for x in reminder["time"].split(":"))
    day = today
    if "weekday" in reminder:
        target = DAYS.index(reminder["weekday"])
        day = today + dt.timedelta(days=(target - today.weekday()) % 7)
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone)


def to_ics(reminders: list[dict[str, Any]], timezone: str, today: dt.date,
           owner: str = "me", stamp: dt.datetime | None = None) -> bytes:
    """An iCalendar file of the reminders (VEVENT + RRULE + VALARM, UID stable per owner)."""
    from icalendar import Alarm, Calendar, Event, vRecur

    zone = ZoneInfo(timezone)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "crampwise reminders")
    made = stamp or dt.datetime.combine(today, dt.time(0), tzinfo=dt.UTC)
    slug = "".join(c if c.isalnum() else "-" for c in owner.lower())
    for r in reminders:
        start = _first(r, today, zone)
        event = Event()
        event.add("uid", f"{r['id']}.{slug}@crampwise")
        event.add("dtstamp", made.astimezone(dt.UTC))
        event.add("summary", r["title"])
        event.add("description", r["description"])
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=r["duration_min"]))
        event.add("rrule", vRecur.from_ical(r["rrule"]))
        event.add("categories", ["crampwise", r["kind"]])
        event.add("transp", "TRANSPARENT")
        for offset in r["alarms_min_after_start"]:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", r["title"])
            alarm.add("trigger", dt.timedelta(minutes=offset))
            event.add_component(alarm)
        cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())
