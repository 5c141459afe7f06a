"""The person's numbers a prevention or pre-workout plan rests on, gathered from the journal.

Why: the plan engine must stay a function of plain numbers (easy to test with made-up people),
while the journal holds entries. This module turns entries into those numbers once — sweat tests,
episodes, training load, rest days, sleep, mineral gaps and habitual sessions — reusing the
sweat, load and nutrition engines so every face shows the same figures.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from crampwise.domain.journal import Episode, Profile, Sleep, Workout
from crampwise.engine import load, nutrition
from crampwise.engine.sweat import SweatTest, sweat_tests

NERVE_FLAGS = ("numbness_tingling", "weakness")
HABIT_WEEKS = 8
HABIT_MIN_COUNT = 3
"""A weekday/time slot used at least 3 times in the last 8 weeks counts as a habitual session."""


@dataclass(frozen=True)
class EpisodeInfo:
    """One logged episode, with the session it followed when there was one."""

    time: dt.datetime
    muscle: str
    kind: str
    during: str | None
    flags: tuple[str, ...] = ()
    activity: str | None = None
    session_min: float | None = None
    temperature_c: float | None = None
    humidity_pct: float | None = None


@dataclass(frozen=True)
class SessionSlot:
    """A habitual training slot: weekday (0 = Monday), local start time, activity, minutes."""

    weekday: int
    start: dt.time
    activity: str
    duration_min: float
    count: int = 0


@dataclass
class PlanInputs:
    """Everything ``build_plan`` and ``prepare`` need, as plain numbers and small records."""

    today: dt.date
    timezone: str = "UTC"
    as_of: dt.date | None = None
    """The day the habits are measured up to: today, or the journal's last day if older."""
    body_mass_kg: float | None = None
    sex: str | None = None
    age: int | None = None
    sweat_sodium_mmol_l: float | None = None
    """Measured sweat sodium from the profile (None: the average is assumed)."""
    sweat_tests: list[SweatTest] = field(default_factory=list)
    episodes: list[EpisodeInfo] = field(default_factory=list)
    durations_by_activity: dict[str, list[float]] = field(default_factory=dict)
    usual_activity: str | None = None
    usual_session_min: float | None = None
    acute_load: float | None = None
    chronic_load: float | None = None
    acwr: float | None = None
    load_history_days: int = 0
    training_days_per_week: float | None = None
    rest_days_per_week: float | None = None
    sleep_hours: float | None = None
    sleep_nights: int = 0
    wake_time: dt.time | None = None
    intake_gaps: list[nutrition.IntakeGap] = field(default_factory=list)
    intake_days: int = 0
    slots: list[SessionSlot] = field(default_factory=list)


def _latest_profile(entries: Sequence[object], profile: Profile | None) -> Profile | None:
    if profile is not None:
        return profile
    found = [e for e in entries if isinstance(e, Profile)]
    return found[-1] if found else None


def _body_mass(entries: Sequence[object], prof: Profile | None) -> float | None:
    from crampwise.domain.journal import BodyMass

    # a post-workout weighing is the body mass minus that session's sweat: not the usual mass
    masses = sorted((e for e in entries if isinstance(e, BodyMass)
                     and e.context != "post_workout"), key=lambda m: m.time)
    if masses:
        return float(masses[-1].kg)
    return float(prof.body_mass_kg) if prof and prof.body_mass_kg else None


def _episodes(entries: Sequence[object], workouts: list[Workout]) -> list[EpisodeInfo]:
    out = []
    for ep in sorted((e for e in entries if isinstance(e, Episode)), key=lambda e: e.time):
        linked = None
        for w in workouts:  # the session that ended within 6 h before the episode, or was on
            if w.time <= ep.time <= w.end + dt.timedelta(hours=6):
                linked = w
        flags = tuple(k for k, v in (ep.flags or {}).items() if v)
        out.append(EpisodeInfo(
            ep.time, ep.muscle, ep.kind, ep.during, flags,
            linked.activity if linked else None,
            float(linked.duration_min) if linked else None,
            linked.temperature_c if linked else None,
            linked.humidity_pct if linked else None))
    return out


def _slots(workouts: list[Workout], zone: ZoneInfo, today: dt.date) -> list[SessionSlot]:
    since = today - dt.timedelta(weeks=HABIT_WEEKS)
    groups: dict[tuple[int, int], list[Workout]] = {}
    for w in workouts:
        local = w.time.astimezone(zone)
        if local.date() < since:
            continue
        half_hour = (local.hour * 60 + local.minute + 15) // 30
        groups.setdefault((local.weekday(), half_hour), []).append(w)
    slots = []
    for (weekday, half_hour), ws in sorted(groups.items()):
        if len(ws) < HABIT_MIN_COUNT:
            continue
        activity = Counter(w.activity for w in ws).most_common(1)[0][0]
        minutes = statistics.median(float(w.duration_min) for w in ws)
        slot_min = (half_hour * 30) % (24 * 60)
        slots.append(SessionSlot(weekday, dt.time(slot_min // 60, slot_min % 60), activity,
                                 minutes, len(ws)))
    return slots


def _sleep(entries: Sequence[object], zone: ZoneInfo,
           today: dt.date) -> tuple[float | None, int, dt.time | None]:
    since = today - dt.timedelta(days=28)
    nights = [s for s in entries if isinstance(s, Sleep)
              and s.time.astimezone(zone).date() >= since]
    if not nights:
        return None, 0, None
    hours = statistics.median(s.duration_h for s in nights)
    wakes = [(s.end or s.time + dt.timedelta(hours=s.duration_h)).astimezone(zone)
             for s in nights]
    wake_min = int(statistics.median(w.hour * 60 + w.minute for w in wakes))
    wake = dt.time(wake_min // 60, (wake_min % 60) // 5 * 5)
    return float(hours), len(nights), wake


def _load(workouts: list[Workout], zone: ZoneInfo, today: dt.date,
          inputs: PlanInputs) -> None:
    days = load.daily_loads((w.time.astimezone(zone).date(),
                             load.session_load(w.rpe, w.duration_min))
                            for w in workouts if w.rpe is not None)
    if days:
        state = load.LoadSeries(days).on(today)
        inputs.acute_load, inputs.chronic_load = state.acute, state.chronic
        inputs.acwr, inputs.load_history_days = state.ratio, state.history_days
    trained = {w.time.astimezone(zone).date() for w in workouts}
    if workouts:
        first = min(trained)
        span = min(28, (today - first).days + 1)
        if span >= 7:
            recent = sum(1 for d in trained if 0 <= (today - d).days < span)
            inputs.training_days_per_week = recent / span * 7
            inputs.rest_days_per_week = (span - recent) / span * 7


def gather(entries: Sequence[object], profile: Profile | None = None,
           today: dt.date | None = None) -> PlanInputs:
    """The plan's numbers from a journal (entries in any order)."""
    prof = _latest_profile(entries, profile)
    tz_name = (prof.timezone if prof and prof.timezone else None) or "UTC"
    zone = ZoneInfo(tz_name)
    day = today or dt.datetime.now(zone).date()
    times = [w for e in entries if not isinstance(e, Profile)
             and isinstance(w := getattr(e, "when", None), dt.datetime)]
    as_of = min(day, max(times).astimezone(zone).date()) if times else day
    workouts = sorted((e for e in entries if isinstance(e, Workout)), key=lambda w: w.time)
    inputs = PlanInputs(today=day, timezone=tz_name, as_of=as_of,
                        body_mass_kg=_body_mass(entries, prof),
                        sex=prof.sex if prof else None,
                        age=as_of.year - prof.birth_year if prof and prof.birth_year else None,
                        sweat_sodium_mmol_l=prof.sweat_sodium_mmol_l if prof else None)
    inputs.sweat_tests = sweat_tests(list(entries))
    inputs.episodes = _episodes(entries, workouts)
    for w in workouts:
        inputs.durations_by_activity.setdefault(w.activity, []).append(float(w.duration_min))
    if workouts:
        inputs.usual_activity = Counter(w.activity for w in workouts).most_common(1)[0][0]
        inputs.usual_session_min = statistics.median(
            inputs.durations_by_activity[inputs.usual_activity])
    _load(workouts, zone, as_of, inputs)
    inputs.sleep_hours, inputs.sleep_nights, inputs.wake_time = _sleep(entries, zone, as_of)
    intake_days = nutrition.daily_intake(entries)
    usual = nutrition.usual_intake(intake_days.values())
    inputs.intake_days = next(iter(usual.values())).days if usual else 0
    inputs.intake_gaps = nutrition.intake_gaps(usual, inputs.age, inputs.sex,
                                               bool(prof and prof.pregnant))
    inputs.slots = _slots(workouts, zone, as_of)
    return inputs
