"""Blind journal generator B: one person's JSONL journal with one planted cramp cause (or none).

Written blind by an independent examiner session, only from ``spec/journal.md``,
``spec/vocabulary.md`` and ``research/evidence.md``, without reading the engine
(``crampwise/``) or the other generators (``scenarios.py``, ``blind_journals.py``), so that it
measures the cause ranking on journals its author never saw.

What it models. One person per journal (sex, age 20-65, body mass, IANA time zone in either
hemisphere with a simple seasonal and diurnal climate, a sport mix, 3-9 months with an optional
logging gap). Workouts 2-6 a week with rpe, weather on most outdoor sessions and the muscles
worked; body mass before/after on some sessions, drinks on some days, sleep on most nights, meals
with direct mineral totals on some days, occasional morning weigh-ins. Every journal carries 3-8
background episodes at random times. A planted cause adds an exposure that also occurs often
without an episode, and 8-14 planted episodes that only follow it:

- ``dehydration``: long sessions losing 2.2-4 % of body mass on little fluid (others < 1 %).
- ``electrolyte_loss``: long warm sweaty sessions on litres of plain water, mass steady or up.
- ``muscle_fatigue``: sessions 1.7-2.5x the usual duration at rpe 8-10; episodes late or just after.
- ``training_load_spike``: 1-2 week blocks whose load is 1.5-2.1x the previous four weeks.
- ``heat``: midday sessions at 30-38 C; the other sessions stay mild.
- ``nutrient_deficiency``: stretches (or all) of logged days far below magnesium/potassium/calcium
  reference intakes (evidence.md section 5); night and rest cramps within them.
- ``sleep_debt``: 4-5.5 h nights against a usual 7-8.5 h; episodes the following day.
- ``medication``: a statin or thiazide started part-way; episodes only after the start.

Null journals keep the natural exposures (hot days, long events, short nights, some weight loss,
heavier weeks) but only background episodes. Planted episodes avoid the other causes' exposures.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

CAUSES = (
    "dehydration",
    "electrolyte_loss",
    "muscle_fatigue",
    "training_load_spike",
    "heat",
    "nutrient_deficiency",
    "sleep_debt",
    "medication",
)


@dataclass
class BlindJournal:
    """A generated journal and what was planted in it."""

    cause: str | None
    objects: list[dict[str, Any]]
    start: dt.datetime
    stop: dt.datetime
    planted_episodes: int = 0


# zone: (annual mean daily temperature C, seasonal half-amplitude, humidity %, southern, diurnal)
_CLIMATES: dict[str, tuple[float, float, float, bool, float]] = {
    "Europe/London": (11.5, 6.5, 76, False, 4.0),
    "Europe/Madrid": (15.5, 9.5, 52, False, 6.5),
    "Europe/Berlin": (10.0, 9.0, 72, False, 4.5),
    "Europe/Rome": (16.0, 8.5, 66, False, 5.5),
    "America/New_York": (13.0, 11.0, 64, False, 4.5),
    "America/Chicago": (10.5, 13.0, 68, False, 5.0),
    "America/Denver": (10.5, 11.5, 42, False, 7.5),
    "America/Phoenix": (24.0, 9.5, 30, False, 7.5),
    "America/Sao_Paulo": (20.0, 3.5, 76, True, 5.0),
    "America/Argentina/Buenos_Aires": (17.5, 6.5, 72, True, 5.0),
    "Australia/Sydney": (18.5, 4.5, 66, True, 4.5),
    "Australia/Perth": (18.5, 6.0, 56, True, 6.5),
    "Pacific/Auckland": (15.0, 4.5, 78, True, 4.0),
    "Africa/Johannesburg": (16.0, 4.5, 52, True, 7.0),
    "Asia/Tokyo": (16.0, 10.0, 66, False, 4.0),
    "Asia/Singapore": (27.5, 0.8, 82, False, 3.5),
    "Asia/Kolkata": (26.5, 4.5, 70, False, 4.5),
}
_HOT_ZONES = (
    "Europe/Madrid", "Europe/Rome", "America/New_York", "America/Chicago", "Asia/Tokyo",
    "Australia/Perth", "Australia/Sydney", "America/Argentina/Buenos_Aires", "Asia/Singapore",
    "America/Sao_Paulo", "Asia/Kolkata",
)
_US_ZONES = ("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix")

_ARCHETYPES: dict[str, list[tuple[str, float]]] = {
    "runner": [("running", 0.65), ("strength", 0.2), ("cycling", 0.15)],
    "trail": [("trail_running", 0.5), ("running", 0.3), ("hiking", 0.2)],
    "cyclist": [("cycling", 0.7), ("running", 0.15), ("strength", 0.15)],
    "triathlete": [("cycling", 0.35), ("running", 0.35), ("swimming", 0.3)],
    "team": [("team_sport", 0.5), ("running", 0.25), ("strength", 0.25)],
    "racket": [("racket_sport", 0.55), ("running", 0.25), ("strength", 0.2)],
    "walker": [("walking", 0.4), ("hiking", 0.3), ("yoga", 0.3)],
    "gym": [("strength", 0.5), ("hiit", 0.25), ("elliptical", 0.25)],
    "climber": [("climbing", 0.5), ("running", 0.3), ("hiking", 0.2)],
    "rower": [("rowing", 0.6), ("strength", 0.4)],
    "crossfit": [("crossfit", 0.6), ("running", 0.25), ("rowing", 0.15)],
}
_ENDURANCE_ARCH = ("runner", "trail", "cyclist", "triathlete", "team", "racket")
_SWEATY = ("running", "trail_running", "cycling", "hiking", "team_sport", "racket_sport", "rowing")

# usual duration range (min), rpe offset, (always-worked muscles, sometimes-worked muscles)
_ACTIVITY: dict[str, tuple[tuple[int, int], float, list[str], list[str]]] = {
    "running": ((35, 70), 0.5, ["calf", "hamstring", "quadriceps"], ["foot", "glute", "shin"]),
    "trail_running": ((60, 110), 1.0, ["calf", "quadriceps", "hamstring"], ["glute", "foot"]),
    "cycling": ((60, 120), 0.0, ["quadriceps", "calf"], ["hamstring", "glute", "lower_back"]),
    "swimming": ((35, 60), 0.0, ["shoulder", "upper_back"], ["triceps", "calf", "foot"]),
    "team_sport": ((60, 95), 1.0, ["calf", "hamstring", "quadriceps"], ["adductor", "hip_flexor"]),
    "racket_sport": ((60, 100), 0.5, ["calf", "forearm"], ["quadriceps", "shoulder", "hand"]),
    "walking": ((35, 75), -2.0, ["calf"], ["shin", "foot"]),
    "hiking": ((120, 240), -0.5, ["calf", "quadriceps"], ["hamstring", "glute", "foot"]),
    "yoga": ((45, 75), -1.5, ["hamstring", "calf"], ["foot", "lower_back", "hip_flexor"]),
    "strength": ((40, 70), 0.5, ["quadriceps", "glute"], ["chest", "biceps", "hamstring"]),
    "hiit": ((25, 45), 1.5, ["quadriceps", "calf"], ["glute", "abdomen", "shoulder"]),
    "elliptical": ((30, 50), -0.5, ["quadriceps", "calf"], ["glute"]),
    "climbing": ((70, 120), 0.5, ["forearm", "fingers"], ["biceps", "shoulder", "hand"]),
    "rowing": ((40, 70), 0.5, ["upper_back", "quadriceps"], ["hamstring", "biceps", "forearm"]),
    "crossfit": ((45, 65), 1.5, ["quadriceps", "shoulder"], ["glute", "hamstring", "abdomen"]),
}
_INDOOR = ("strength", "yoga", "hiit", "elliptical", "climbing", "crossfit")
_SPEED_KMH = {"running": 10.5, "trail_running": 8.0, "cycling": 26.0, "swimming": 2.4,
              "walking": 5.0, "hiking": 4.0, "rowing": 11.0}

_TWITCH_MUSCLES = (("eyelid", 0.32), ("calf", 0.2), ("quadriceps", 0.1), ("forearm", 0.08),
                   ("hand", 0.06), ("face", 0.06), ("abdomen", 0.05), ("biceps", 0.05),
                   ("foot", 0.04), ("shoulder", 0.04))
_NIGHT_CRAMP_MUSCLES = (("calf", 0.55), ("foot", 0.18), ("toes", 0.1), ("hamstring", 0.1),
                        ("quadriceps", 0.04), ("shin", 0.03))
_REST_CRAMP_MUSCLES = (("calf", 0.35), ("foot", 0.14), ("hamstring", 0.12), ("hand", 0.08),
                       ("toes", 0.08), ("neck", 0.07), ("abdomen", 0.06), ("quadriceps", 0.06),
                       ("lower_back", 0.04))
_LEG = ("calf", "hamstring", "quadriceps", "foot", "toes", "shin", "adductor", "glute")
_RELIEF = ("stretching", "massage", "walking_it_off", "heat", "hydration", "rest", "pickle_juice",
           "magnesium", "cold")
_STATINS_DIURETICS = (("atorvastatin", 0.3), ("simvastatin", 0.25), ("hydrochlorothiazide", 0.3),
                      ("rosuvastatin", 0.15))
_UNRELATED_MEDS = ("cetirizine", "loratadine")


def _pick(rng: random.Random, table: tuple[tuple[str, float], ...] | list[tuple[str, float]],
          ) -> str:
    return rng.choices([k for k, _ in table], [w for _, w in table])[0]


def _reference(sex: str, age: int) -> tuple[float, float, float]:
    """Magnesium, potassium, calcium reference intakes (evidence.md section 5, US/Canada)."""
    male = (400.0 if age <= 30 else 420.0, 3400.0, 1000.0)
    female = (310.0 if age <= 30 else 320.0, 2600.0, 1200.0 if age > 50 else 1000.0)
    if sex == "male":
        return male
    if sex == "female":
        return female
    return (max(male[0], female[0]), max(male[1], female[1]), max(male[2], female[2]))


@dataclass
class _Session:
    day: int
    start: dt.datetime  # UTC
    activity: str
    dur: float
    rpe: float
    indoor: bool
    temp: float | None
    hum: float | None
    muscles: list[str]
    tags: set[str] = field(default_factory=set)
    loss_frac: float | None = None  # fraction of body mass lost between weigh-ins
    drink: str = "normal"  # normal, little, water_big, sports
    weigh: float | None = None  # probability of a weigh-in pair, None = person default
    sweat_lph: float | None = None

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.dur)

    @property
    def load(self) -> float:
        return self.rpe * self.dur


@dataclass
class _Night:
    day: int  # the evening on which the night starts
    bed: dt.datetime
    hours: float
    logged: bool

    @property
    def wake(self) -> dt.datetime:
        return self.bed + dt.timedelta(hours=self.hours)


@dataclass
class _Ep:
    time: dt.datetime
    kind: str
    muscle: str
    during: str
    planted: bool


class _Builder:
    def __init__(self, cause: str | None, seed: int) -> None:
        if cause is not None and cause not in CAUSES:
            raise ValueError(f"unknown cause {cause!r}")
        self.cause = cause
        self.rng = random.Random(f"b-{cause}-{seed}")
        self.sessions: list[_Session] = []
        self.nights: dict[int, _Night] = {}
        self.episodes: list[_Ep] = []
        self.objects: list[tuple[dt.datetime, dict[str, Any]]] = []
        self.low_days: set[int] = set()
        self.med_start: int | None = None

    # ----------------------------------------------------------------- person and calendar
    def person(self) -> None:
        r, cause = self.rng, self.cause
        self.sex = r.choices(["female", "male", "other"], [0.47, 0.49, 0.04])[0]
        self.age = r.randint(20, 65)
        male_like = self.sex == "male" or (self.sex == "other" and r.random() < 0.5)
        self.mass = round(min(110, max(58, r.gauss(79, 9))) if male_like
                          else min(95, max(47, r.gauss(64, 8))), 1)
        self.height = round(min(205, max(150, r.gauss(178 if male_like else 165, 7))))
        if cause == "heat" or cause == "electrolyte_loss":
            self.zone = r.choice(_HOT_ZONES)
        else:
            self.zone = r.choice(sorted(_CLIMATES))
        self.tz = ZoneInfo(self.zone)
        self.climate = _CLIMATES[self.zone]
        if cause in ("dehydration", "electrolyte_loss", "muscle_fatigue", "heat"):
            arch = r.choice(_ENDURANCE_ARCH)
        else:
            arch = r.choice(sorted(_ARCHETYPES))
        self.arch = arch
        self.mix = _ARCHETYPES[arch]
        self.primary = self.mix[0][0]
        self.usual: dict[str, float] = {}
        for act, _ in self.mix:
            lo, hi = _ACTIVITY[act][0]
            if cause in ("dehydration", "electrolyte_loss") and act in _SWEATY:
                lo = int(lo + 0.5 * (hi - lo))
                hi = int(hi * 1.15)
            self.usual[act] = r.uniform(lo, hi)
        self.base_rpe = r.uniform(4.0, 6.0)
        session_causes = ("dehydration", "electrolyte_loss", "muscle_fatigue",
                          "training_load_spike", "heat")
        low_spw = 3.0 if cause in session_causes else 2.2
        self.spw = r.uniform(low_spw, 5.5)
        self.slot = r.choices(["early", "noon", "evening"], [0.4, 0.15, 0.45])[0]
        self.sweat = r.uniform(0.6, 1.15)
        self.weigh_p = r.uniform(0.3, 0.6)
        self.fluid_session_p = r.uniform(0.35, 0.75)
        self.fluid_day_p = r.uniform(0.15, 0.55)
        self.sleep_log_p = r.uniform(0.6, 0.88)
        self.sleep_style = r.choice(["end", "hours", "mixed"])
        self.sleep_mean = r.uniform(7.0, 8.5)
        self.bed_mean = r.uniform(22.0, 23.75)
        nutrient = cause == "nutrient_deficiency"
        self.meal_log_p = r.uniform(0.6, 0.85) if nutrient else r.uniform(0.25, 0.6)
        self.temp_log_p = r.uniform(0.75, 0.95)
        self.muscles_log_p = r.uniform(0.7, 0.98)
        self.rpe_log_p = 1.0 if cause == "training_load_spike" else r.uniform(0.88, 1.0)
        self.device = r.choice([None, "garmin", "coros", "polar", "wahoo"])
        self.hr_rest = r.randint(48, 70)
        self.hr_max = 208 - int(0.7 * self.age) + r.randint(-6, 6)
        self.us_units = self.zone in _US_ZONES and r.random() < 0.4
        self.morning_weigh_p = r.choice([0.0, 0.0, r.uniform(0.3, 0.7)])
        self.speed = r.uniform(0.8, 1.2)
        self.halves = r.random() < 0.3
        self.ref = _reference(self.sex, self.age)
        self.intake = [r.uniform(0.85, 1.25) for _ in range(3)]
        self.energy = self.mass * r.uniform(27, 36)
        self.sodium = r.uniform(2000, 3800)

    def calendar(self) -> None:
        r, cause = self.rng, self.cause
        self.days = r.randint(92, 272)
        if cause in ("muscle_fatigue", "training_load_spike"):
            self.days = r.randint(150, 272)
        elif cause in ("dehydration", "electrolyte_loss", "heat"):
            self.days = r.randint(110, 272)
        south = self.climate[3]
        if cause in ("heat", "electrolyte_loss"):
            year = r.randint(2023, 2025)
            peak = dt.date(year, 1, 20) if south else dt.date(year, 7, 20)
            lead = r.randint(30, min(100, self.days - 40))
            self.start_date = peak - dt.timedelta(days=lead)
        else:
            self.start_date = dt.date(2022, 3, 1) + dt.timedelta(days=r.randint(0, 1200))
        self.gap: tuple[int, int] | None = None
        gap_p = 0.3 if cause == "training_load_spike" else 0.45
        if self.days >= 120 and r.random() < gap_p:
            length = r.randint(7, 16)
            g0 = r.randint(28, self.days - 30 - length)
            self.gap = (g0, g0 + length)
        self.start = self.local(0, 0.0)
        self.stop = self.local(self.days, 0.0)
        # daily mean temperature: seasonal cosine + AR(1) weather + the odd heat wave
        mean, amp, _, south, _ = self.climate
        peak_doy = 17 if south else 200
        noise, wave, self.daily_temp = 0.0, 0, []
        for d in range(self.days):
            date = self.start_date + dt.timedelta(days=d)
            doy = date.timetuple().tm_yday
            season = mean + amp * math.cos(2 * math.pi * (doy - peak_doy) / 365.25)
            noise = 0.7 * noise + r.gauss(0, 1.8)
            if wave == 0 and season > mean + 0.5 * amp and r.random() < 0.03:
                wave = r.randint(3, 6)
            bump = r.uniform(3, 6) if wave > 0 else 0.0
            wave = max(0, wave - 1)
            self.daily_temp.append(season + noise + bump)
        self.mass_day = [self.mass + 0.8 * math.sin(d / 40.0) + r.gauss(0, 0.25)
                         for d in range(self.days)]

    def in_gap(self, day: int) -> bool:
        return self.gap is not None and self.gap[0] <= day < self.gap[1]

    def local(self, day: int, hour: float) -> dt.datetime:
        """A wall-clock time on journal day ``day`` as an aware UTC datetime."""
        date = self.start_date + dt.timedelta(days=day)
        base = dt.datetime.combine(date, dt.time(0, 0), tzinfo=self.tz)
        wall = base + dt.timedelta(minutes=round(hour * 60))  # wall-clock arithmetic
        return wall.astimezone(dt.UTC)

    def day_of(self, t: dt.datetime) -> int:
        return (t.astimezone(self.tz).date() - self.start_date).days

    def hour_of(self, t: dt.datetime) -> float:
        lt = t.astimezone(self.tz)
        return lt.hour + lt.minute / 60

    def weather(self, day: int, hour: float) -> tuple[float, float]:
        r = self.rng
        daily = self.daily_temp[day]
        diurnal = self.climate[4] * math.cos(2 * math.pi * (hour - 15.0) / 24)
        temp = daily + diurnal + r.gauss(0, 0.8)
        hum = self.climate[2] - 2.2 * diurnal + r.gauss(0, 7)
        return temp, min(98.0, max(12.0, hum))

    # ----------------------------------------------------------------- workouts
    def new_session(self, day: int, weekend: bool, act: str | None = None) -> _Session:
        r = self.rng
        act = act or _pick(r, self.mix)
        if weekend:
            hour = r.uniform(7.5, 10.5)
        else:
            slot = self.slot if r.random() < 0.75 else r.choice(["early", "noon", "evening"])
            hour = {"early": r.uniform(6.0, 7.5), "noon": r.uniform(11.75, 13.0),
                    "evening": r.uniform(17.25, 19.75)}[slot]
        if self.device is None:
            hour = round(hour * 12) / 12
        dur = self.usual[act] * math.exp(r.gauss(0, 0.15))
        rpe = self.base_rpe + _ACTIVITY[act][1] + r.gauss(0, 0.8)
        if weekend and act in _SWEATY and r.random() < 0.6:
            dur *= r.uniform(1.15, 1.4)
        elif not weekend and act in ("running", "cycling", "rowing") and r.random() < 0.15:
            dur *= 0.8
            rpe += 2.0
        indoor = act in _INDOOR
        daily = self.daily_temp[day]
        if act == "swimming":
            indoor = not (daily > 20 and r.random() < 0.3)
        elif act in ("cycling", "running") and r.random() < (0.25 if daily < 3 else 0.05):
            indoor = True
        temp: float | None = None
        hum: float | None = None
        if not indoor:
            temp, hum = self.weather(day, hour)
        elif r.random() < 0.2:
            temp, hum = r.uniform(19, 24), r.uniform(35, 60)
        always, extra = _ACTIVITY[act][2], _ACTIVITY[act][3]
        muscles = list(always) + r.sample(extra, r.randint(0, min(2, len(extra))))
        return _Session(day, self.local(day, hour), act, max(10.0, dur),
                        min(10.0, max(1.0, rpe)), indoor, temp, hum, muscles)

    def schedule(self) -> None:
        r = self.rng
        off = self.start_date.weekday()
        self.weeks: dict[int, list[int]] = {}
        for d in range(self.days):
            self.weeks.setdefault((d + off) // 7, []).append(d)
        nat_spike_week = None
        if self.cause != "training_load_spike" and r.random() < 0.4 and len(self.weeks) > 8:
            nat_spike_week = r.randint(6, len(self.weeks) - 2)
        for w, days in sorted(self.weeks.items()):
            free = [d for d in days if not self.in_gap(d)]
            if not free:
                continue
            k = round(r.gauss(self.spw, 0.7))
            k = min(6, max(2, k))
            scale = 1.0
            if w == nat_spike_week:
                k, scale = k + 2, r.uniform(1.2, 1.35)
            elif self.cause != "training_load_spike" and r.random() < 0.07:
                k, scale = k + 1, 1.15
            elif r.random() < 0.08:
                k = max(1, k - 2)
            k = max(1, round(k * len(free) / 7))
            weights = [1.4 if (d + off) % 7 >= 5 else 1.0 for d in free]
            chosen: list[int] = []
            while len(chosen) < min(k, len(free)):
                d = r.choices(free, weights)[0]
                if d not in chosen:
                    chosen.append(d)
            for d in sorted(chosen):
                s = self.new_session(d, (d + off) % 7 >= 5)
                s.dur *= scale
                if w == nat_spike_week:
                    s.tags.add("nat_spike")
                self.sessions.append(s)
            extra_days = [d for d in chosen if r.random() < 0.04]
            for d in extra_days:  # an occasional second session the same day
                self.second_session(d, "strength" if "strength" in self.usual else None)
        self.sessions.sort(key=lambda s: s.start)

    def second_session(self, day: int, act: str | None = None) -> _Session:
        """Another session on ``day``, in the half of the day the first one left free."""
        r = self.rng
        s = self.new_session(day, False, act)
        taken = [self.hour_of(o.start) for o in self.sessions if o.day == day]
        hour = r.uniform(6.25, 7.0) if taken and min(taken) >= 11 else r.uniform(18.0, 19.5)
        s.start = self.local(day, hour)
        self.sessions.append(s)
        return s

    def acwr(self, day: int) -> float | None:
        """Acute (7 days to ``day``) over chronic (mean of the four weeks before) load."""
        if day < 34:
            return None
        load = self.day_loads()
        acute = sum(load[max(0, day - 6): day + 1])
        chronic = sum(load[day - 34: day - 6]) / 4
        return acute / chronic if chronic > 0 else None

    def day_loads(self) -> list[float]:
        load = [0.0] * self.days
        for s in self.sessions:
            load[s.day] += s.load
        return load

    def week_load(self, w: int) -> float:
        days = set(self.weeks.get(w, []))
        return sum(s.load for s in self.sessions if s.day in days)

    # ----------------------------------------------------------------- nights
    def sleep(self) -> None:
        r = self.rng
        off = self.start_date.weekday()
        for d in range(self.days - 1):
            if self.in_gap(d) or self.in_gap(d + 1):
                continue
            weekend = (d + off) % 7 in (4, 5)
            bed = self.bed_mean + r.gauss(0, 0.45) + (0.6 if weekend else 0.0)
            hours = r.gauss(self.sleep_mean, 0.5)
            if self.cause == "sleep_debt":
                hours = min(9.3, max(6.5, hours))
            elif r.random() < 0.05:
                hours = r.uniform(4.5, 6.0)
            else:
                hours = min(9.5, max(5.8, hours))
            nt = _Night(d, self.local(d, bed), hours, r.random() < self.sleep_log_p)
            self.fit_night(nt)
            self.nights[d] = nt

    def fit_night(self, nt: _Night) -> None:
        """Move bedtime earlier so that the person is up 40 min before a morning session."""
        starts = [s.start for s in self.sessions if s.day == nt.day + 1]
        if starts and nt.wake > min(starts) - dt.timedelta(minutes=40):
            wake = min(starts) - dt.timedelta(minutes=40)
            nt.bed = wake - dt.timedelta(hours=nt.hours)
            earliest = self.local(nt.day, 21.0)
            if nt.bed < earliest:
                nt.bed = earliest
                nt.hours = max(0.5, (wake - earliest).total_seconds() / 3600)

    def short_before(self, day: int) -> bool:
        n = self.nights.get(day - 1)
        return n is not None and n.hours < 6.2

    # ----------------------------------------------------------------- planted exposures
    def counts(self, cap: int) -> tuple[int, int]:
        """(episodes, exposures) with episodes/exposures in 0.4-0.7, within ``cap`` units."""
        r = self.rng
        n = r.randint(8, 14)
        p = r.uniform(0.4, 0.7)
        e = round(n / p)
        if e > cap:
            e = cap
            n = min(n, max(1, math.floor(0.7 * e)))
        return n, e

    def spaced(self, cands: list[_Session], e: int, gap_days: int) -> list[_Session]:
        r = self.rng
        pool = cands[:]
        r.shuffle(pool)
        out: list[_Session] = []
        for s in pool:
            if all(abs(s.day - o.day) >= gap_days for o in out):
                out.append(s)
            if len(out) == e:
                break
        return out

    def clean(self, s: _Session) -> bool:
        """True when a session carries no other cause's exposure."""
        a = self.acwr(s.day)
        return not s.tags and not self.short_before(s.day) and (a is None or a < 1.35)

    def alone(self, s: _Session) -> bool:
        return sum(o.day == s.day for o in self.sessions) == 1

    @staticmethod
    def fit(n: int, e: int) -> int:
        """Episodes for ``e`` exposures: ``n`` moved into 40-70 % of ``e``."""
        return max(0, min(max(n, math.ceil(0.4 * e)), math.floor(0.7 * e)))

    def plant(self) -> None:
        c = self.cause
        if c is None:
            return
        getattr(self, "_plant_" + c)()

    def _session_cands(self, acts: tuple[str, ...], outdoor: bool = True) -> list[_Session]:
        return [s for s in self.sessions
                if s.activity in acts and (not outdoor or not s.indoor) and s.day >= 2]

    def _cool(self, s: _Session, top: float = 26.0) -> None:
        if s.temp is not None and s.temp > top:
            s.temp = self.rng.uniform(top - 10, top)
            s.hum = min(s.hum or 60.0, self.rng.uniform(45, 75))

    def _plant_dehydration(self) -> None:
        r = self.rng
        cands = [s for s in self._session_cands(_SWEATY) if self.clean(s)]
        n, e = self.counts(int(0.45 * len(cands)))
        exposed = self.spaced(cands, e, 3)
        for s in exposed:
            s.tags.add("design")
            s.dur = max(s.dur, min(210.0, max(80.0, self.usual[s.activity] * r.uniform(1.1, 1.45))))
            self._cool(s)
            s.loss_frac = r.uniform(0.022, 0.04)
            s.drink = "little"
            s.weigh = 0.85
        n = self.fit(n, len(exposed))
        self._sessions_episodes(r.sample(exposed, n), 0.5, (0.6, 0.97))

    def _plant_electrolyte_loss(self) -> None:
        r = self.rng
        cands = [s for s in self._session_cands(_SWEATY) if self.clean(s) and self.alone(s)
                 and self.daily_temp[s.day] > self.climate[0]]
        cands.sort(key=lambda s: -self.daily_temp[s.day])
        n, e = self.counts(int(0.45 * len(self.sessions)))
        exposed = self.spaced(cands[: max(e, int(len(cands) * 0.8))], e, 3)
        for s in exposed:
            s.tags.add("design")
            s.start = self.local(s.day, r.uniform(8.5, 11.0))
            target = min(240.0, max(100.0, self.usual[s.activity] * r.uniform(1.15, 1.6)))
            s.dur = max(s.dur, target)
            s.temp = min(29.5, max(s.temp or 0.0, r.uniform(25, 29)))
            s.hum = r.uniform(55, 85)
            s.rpe = min(10.0, s.rpe + 0.5)
            s.loss_frac = r.uniform(-0.006, 0.005)
            s.drink = "water_big"
            s.sweat_lph = r.uniform(1.1, 1.7)
            s.weigh = 0.75
        n = self.fit(n, len(exposed))
        self._sessions_episodes(r.sample(exposed, n), 0.55, (0.6, 0.97), widespread=True)

    def _plant_muscle_fatigue(self) -> None:
        r = self.rng
        cands = [s for s in self.sessions if s.day >= 10 and self.clean(s)
                 and (s.activity == self.primary or s.activity in _SWEATY)]
        weeks_used: set[int] = set()
        off = self.start_date.weekday()
        n, e = self.counts(int(0.3 * len(self.sessions)))
        exposed: list[_Session] = []
        pool = cands[:]
        r.shuffle(pool)
        for s in pool:
            w = (s.day + off) // 7
            if w in weeks_used or any(abs(s.day - o.day) < 5 for o in exposed):
                continue
            weeks_used.add(w)
            exposed.append(s)
            if len(exposed) == e:
                break
        for s in exposed:
            s.tags.add("design")
            s.dur = min(360.0, self.usual[s.activity] * r.uniform(1.7, 2.5))
            s.rpe = float(r.choice([8, 8.5, 9, 9, 10]))
            self._cool(s)
            s.loss_frac = r.uniform(0.002, 0.013)
            s.drink = "sports"
            # taper: drop the day-before session and one more in the week to hold weekly load
            w = (s.day + off) // 7
            same = [o for o in self.sessions if o is not s and (o.day + off) // 7 == w
                    and "design" not in o.tags]
            drop = [o for o in same if o.day in (s.day - 1, s.day + 1)]
            rest = [o for o in same if o not in drop]
            if rest:
                drop.append(max(rest, key=lambda o: o.load))
            for o in drop:
                self.sessions.remove(o)
        n = self.fit(n, len(exposed))
        ok = [s for s in exposed if (self.acwr(s.day) or 1.0) < 1.45]
        if len(ok) < n:
            ok = exposed
        self._sessions_episodes(r.sample(ok, n), 0.6, (0.72, 0.98))

    def _plant_training_load_spike(self) -> None:
        r = self.rng
        off = self.start_date.weekday()
        full = {w for w, days in self.weeks.items()
                if len(days) == 7 and not any(self.in_gap(d) for d in days)}
        blocks: list[list[int]] = []
        last_end = -99
        order = sorted(full)
        for w in order:
            if w - last_end <= 4 or not all(x in full for x in range(w - 4, w)):
                continue
            length = 2 if (w + 1 in full and r.random() < 0.5) else 1
            blocks.append(list(range(w, w + length)))
            last_end = w + length - 1
        r.shuffle(blocks)
        want = r.randint(8, 14)
        block_sessions: list[_Session] = []
        for block in blocks:
            if len(self.spike_eligible(block_sessions)) >= want:
                break
            for i, w in enumerate(block):
                prev = sum(self.week_load(x) for x in range(w - 4, w)) / 4
                target = prev * (r.uniform(1.6, 2.05) if i == 0 else r.uniform(1.5, 1.75))
                days = self.weeks[w]
                week = [s for s in self.sessions if s.day in days]
                for _ in range(30):
                    load = sum(s.load for s in week)
                    if load >= target * 0.97:
                        break
                    free = [d for d in days if not any(s.day == d for s in week)]
                    if free and (load < target * 0.8 or len(week) < 4):
                        d = r.choice(free)
                        s = self.new_session(d, (d + off) % 7 >= 5)
                        s.rpe = min(10.0, s.rpe + 0.5)
                        week.append(s)
                        self.sessions.append(s)
                        continue
                    grow = [s for s in week if s.dur < 1.4 * self.usual[s.activity]]
                    if not grow:
                        singles = [d for d in days if sum(o.day == d for o in week) == 1]
                        if not singles:
                            break
                        week.append(self.second_session(r.choice(singles)))
                        continue
                    s = r.choice(grow)
                    s.dur *= 1.1
                    s.rpe = min(10.0, s.rpe + 0.25)
                # overshoot: trim durations back towards the target
                load = sum(s.load for s in week)
                if load > target * 1.08:
                    for s in week:
                        s.dur *= target / load
                for s in week:
                    s.tags.add("design")
                    s.drink = "sports" if s.dur > 75 else "normal"
                    self._cool(s, 28.0)
                block_sessions.extend(week)
        self.sessions.sort(key=lambda s: s.start)
        eligible = self.spike_eligible(block_sessions)
        n = min(len(eligible), 14, self.fit(want, len(block_sessions)))
        self._sessions_episodes(r.sample(eligible, n), 0.45, (0.55, 0.97))

    def spike_eligible(self, sessions: list[_Session]) -> list[_Session]:
        return [s for s in sessions
                if (self.acwr(s.day) or 0.0) >= 1.45 and not self.short_before(s.day)]

    def _plant_heat(self) -> None:
        r = self.rng
        cands = [s for s in self.sessions if not s.indoor and s.day >= 2 and self.clean(s)
                 and self.alone(s)]
        cands.sort(key=lambda s: -self.daily_temp[s.day])
        n, e = self.counts(int(0.4 * len(cands)))
        exposed = self.spaced(cands[: max(e, len(cands) // 2)], e, 2)
        for s in self.sessions:
            if s in exposed or s.temp is None or s.indoor:
                continue
            if s.temp > 27:
                s.temp = r.uniform(17, 27)
                s.hum = r.uniform(40, 75)
        for s in exposed:
            s.tags.add("design")
            hour = r.uniform(11.0, 16.5)
            s.start = self.local(s.day, hour)
            natural, _ = self.weather(s.day, hour)
            s.temp = min(38.0, max(natural, r.uniform(30.0, 37.0)))
            s.hum = r.uniform(40, 60) if s.temp > 35 else r.uniform(45, 80)
            s.dur = min(s.dur, 1.2 * self.usual[s.activity])
            s.loss_frac = r.uniform(0.003, 0.014)
            s.drink = "sports" if s.dur >= 75 else r.choice(["sports", "normal"])
        self.sessions.sort(key=lambda s: s.start)
        n = self.fit(n, len(exposed))
        self._sessions_episodes(r.sample(exposed, n), 0.55, (0.5, 0.97))

    def _plant_sleep_debt(self) -> None:
        r = self.rng
        nights = [nt for d, nt in self.nights.items() if d >= 3 and d + 1 < self.days]
        n, e = self.counts(int(0.3 * len(nights)))
        r.shuffle(nights)
        exposed: list[_Night] = []
        for nt in nights:
            if all(abs(nt.day - o.day) >= 3 for o in exposed):
                exposed.append(nt)
            if len(exposed) == e:
                break
        for nt in exposed:
            nt.hours = r.uniform(4.0, 5.5)
            if r.random() < 0.6:
                nt.bed += dt.timedelta(hours=r.uniform(1.0, 2.5))
            self.fit_night(nt)
            nt.logged = r.random() < 0.92
        visible = [nt for nt in exposed if nt.logged and (self.acwr(nt.day + 1) or 1.0) < 1.35]
        n = min(self.fit(n, len(exposed)), len(visible))
        for nt in r.sample(visible, n):
            day = nt.day + 1
            today = [s for s in self.sessions if s.day == day and s.start > nt.wake and not s.tags]
            if today and r.random() < 0.35:
                s = r.choice(today)
                t = s.start + dt.timedelta(minutes=s.dur * r.uniform(0.3, 0.95))
                kind = "twitch" if r.random() < 0.45 else "spasm"
                muscle = r.choice(s.muscles) if kind == "spasm" else _pick(r, _TWITCH_MUSCLES)
                self.add_ep(t, kind, muscle, "exercise", True)
                continue
            t = self.rest_time(day, nt.wake + dt.timedelta(hours=1))
            kind = "twitch" if r.random() < 0.6 else "spasm"
            table = _TWITCH_MUSCLES if kind == "twitch" else _REST_CRAMP_MUSCLES
            self.add_ep(t, kind, _pick(r, table), "rest", True)

    def _plant_nutrient_deficiency(self) -> None:
        r = self.rng
        d = self.days
        if r.random() < 0.4:
            self.low_days = set(range(d))
        else:
            for _ in range(r.choice([1, 2])):
                length = r.randint(max(30, d // 5), max(31, d // 3))
                s0 = r.randint(0, d - length)
                self.low_days.update(range(s0, s0 + length))
        self.low_minerals = r.choice([(0,), (0, 1), (0, 1, 2), (2,), (1,), (0, 2)])
        self.low_level = [r.uniform(0.38, 0.58) for _ in range(3)]
        days = [x for x in sorted(self.low_days) if not self.in_gap(x) and x in self.nights
                and not self.short_before(x) and (self.acwr(x) or 1.0) < 1.35]
        n = r.randint(8, 14)
        for day in self.spread(days, n):
            self.night_or_rest(day, 0.65)

    def _plant_medication(self) -> None:
        r = self.rng
        start = int(self.days * r.uniform(0.3, 0.55))
        while self.in_gap(start):
            start += 1
        self.med_start = start
        self.med_name = _pick(r, _STATINS_DIURETICS)
        lag = r.randint(3, 21)
        days = [x for x in range(start + lag, self.days) if not self.in_gap(x)
                and x in self.nights and not self.short_before(x)
                and (self.acwr(x) or 1.0) < 1.35]
        n = r.randint(8, 14)
        for day in self.spread(days, n):
            after = [s for s in self.sessions if s.day == day and s.end.astimezone(self.tz).hour
                     < 20]
            if after and r.random() < 0.2:
                s = r.choice(after)
                t = s.end + dt.timedelta(minutes=r.uniform(60, 240))
                legs = [m for m in s.muscles if m in _LEG] or ["calf"]
                self.add_ep(t, "spasm", r.choice(legs), "after_exercise", True)
            else:
                self.night_or_rest(day, 0.6)

    def spread(self, days: list[int], n: int) -> list[int]:
        """``n`` days from ``days`` at least two days apart (fewer when impossible)."""
        r = self.rng
        pool = days[:]
        r.shuffle(pool)
        out: list[int] = []
        for x in pool:
            if all(abs(x - o) >= 2 for o in out):
                out.append(x)
            if len(out) == n:
                break
        return out

    def night_or_rest(self, day: int, p_night: float) -> None:
        r = self.rng
        nt = self.nights.get(day)
        if nt is not None and r.random() < p_night:
            t = nt.bed + dt.timedelta(hours=nt.hours * r.uniform(0.2, 0.9))
            kind = "spasm" if r.random() < 0.85 else "twitch"
            table = _NIGHT_CRAMP_MUSCLES if kind == "spasm" else _TWITCH_MUSCLES
            self.add_ep(t, kind, _pick(r, table), "sleep", True)
            return
        t = self.rest_time(day, self.local(day, 9.0))
        kind = "spasm" if r.random() < 0.7 else "twitch"
        table = _REST_CRAMP_MUSCLES if kind == "spasm" else _TWITCH_MUSCLES
        self.add_ep(t, kind, _pick(r, table), "rest", True)

    def rest_time(self, day: int, earliest: dt.datetime) -> dt.datetime:
        """A daytime moment on ``day`` at least three hours clear of any session."""
        r = self.rng
        busy = [(s.start - dt.timedelta(minutes=30), s.end + dt.timedelta(hours=3))
                for s in self.sessions if abs(s.day - day) <= 1]
        lo = max(self.hour_of(earliest), 8.0) if self.day_of(earliest) == day else 8.0
        t = self.local(day, r.uniform(lo, 21.5))
        for _ in range(40):
            t = self.local(day, r.uniform(lo, 21.5))
            if not any(a <= t <= b for a, b in busy):
                break
        return t

    def _sessions_episodes(self, picked: list[_Session], p_during: float,
                           frac: tuple[float, float], widespread: bool = False) -> None:
        r = self.rng
        total = 0
        picked = sorted(picked, key=lambda x: x.start)
        for s in picked:
            s.tags.add("planted")
            legs = [m for m in s.muscles if m in _LEG] or s.muscles
            muscle = r.choice(legs if r.random() < 0.8 else s.muscles)
            kind = "spasm" if r.random() < 0.85 else "twitch"
            if r.random() < p_during:
                t = s.start + dt.timedelta(minutes=s.dur * r.uniform(*frac))
                during = "exercise"
            else:
                t = s.end + dt.timedelta(minutes=r.uniform(5, 150))
                during = "after_exercise"
            self.add_ep(t, kind, muscle, during, True)
            total += 1
            others = [m for m in s.muscles if m != muscle]
            left = len(picked) - picked.index(s) - 1
            if widespread and others and r.random() < 0.3 and total + left < 14:
                t2 = t + dt.timedelta(minutes=r.uniform(2, 25))
                self.add_ep(t2, "spasm", r.choice(others), during, True)
                total += 1

    def add_ep(self, t: dt.datetime, kind: str, muscle: str, during: str, planted: bool) -> None:
        self.episodes.append(_Ep(t, kind, muscle, during, planted))

    # ----------------------------------------------------------------- background
    def background(self) -> None:
        r = self.rng
        quiet = [s for s in self.sessions if not s.tags and (s.temp or 20) < 28
                 and s.dur < 1.3 * self.usual.get(s.activity, s.dur) and self.clean(s)]
        days = [d for d in range(1, self.days - 1) if not self.in_gap(d)]
        for _ in range(r.randint(3, 8)):
            mode = r.choices(["sleep", "rest", "after"], [0.35, 0.35, 0.3])[0]
            if mode == "after" and quiet:
                s = r.choice(quiet)
                t = s.end + dt.timedelta(minutes=r.uniform(30, 240))
                kind = "spasm" if r.random() < 0.5 else "twitch"
                muscle = r.choice(s.muscles) if kind == "spasm" else _pick(r, _TWITCH_MUSCLES)
                self.add_ep(t, kind, muscle, "after_exercise", False)
                continue
            day = r.choice(days)
            for _ in range(20):
                if not self.short_before(day) and (mode != "sleep" or day in self.nights):
                    break
                day = r.choice(days)
            kind = "spasm" if r.random() < 0.5 else "twitch"
            if mode == "sleep" and day in self.nights:
                nt = self.nights[day]
                t = nt.bed + dt.timedelta(hours=nt.hours * r.uniform(0.15, 0.9))
                table = _NIGHT_CRAMP_MUSCLES if kind == "spasm" else _TWITCH_MUSCLES
                self.add_ep(t, kind, _pick(r, table), "sleep", False)
            else:
                t = self.rest_time(day, self.local(day, 8.0))
                table = _REST_CRAMP_MUSCLES if kind == "spasm" else _TWITCH_MUSCLES
                self.add_ep(t, kind, _pick(r, table), "rest", False)

    def natural(self) -> None:
        """Exposures that happen to anyone: a long hard event now and then, a sweaty day."""
        r = self.rng
        if self.cause != "muscle_fatigue":
            for s in self.sessions:
                if not s.tags and s.activity == self.primary and r.random() < 0.025:
                    s.dur = self.usual[s.activity] * r.uniform(1.7, 2.3)
                    s.rpe = float(r.choice([8, 8.5, 9]))
                    s.tags.add("nat_long")
        if self.cause != "dehydration":
            for s in self.sessions:
                if not s.tags and s.activity in _SWEATY and s.dur >= 60 and r.random() < 0.1:
                    s.loss_frac = r.uniform(0.015, 0.028)
                    s.drink = "little"
                    s.tags.add("nat_dry")
        if self.cause != "electrolyte_loss":
            for s in self.sessions:
                if not s.tags and s.dur >= 90 and (s.temp or 0) > 24 and r.random() < 0.3:
                    s.drink = "water_big"
                    s.sweat_lph = r.uniform(0.9, 1.5)
                    s.loss_frac = r.uniform(-0.003, 0.006)
                    s.tags.add("nat_water")

    # ----------------------------------------------------------------- emission
    def iso(self, t: dt.datetime) -> str:
        return t.astimezone(self.tz).isoformat(timespec="seconds")

    def emit(self, t: dt.datetime, obj: dict[str, Any]) -> None:
        if self.start <= t < self.stop and not self.in_gap(self.day_of(t)):
            self.objects.append((t, obj))

    def q_ml(self, ml: float) -> float | str:
        if self.us_units:
            return f"{max(1, round(ml / 29.5735))} oz"
        return float(max(10, round(ml / 10) * 10))

    def q_kg(self, kg: float) -> float | str:
        if self.us_units:
            return f"{kg / 0.45359237:.1f} lb"
        return round(kg, 1)

    def q_temp(self, c: float) -> float | str:
        if self.us_units:
            return f"{round(c * 9 / 5 + 32)} degF"
        return round(c, 1)

    def emit_sessions(self) -> None:
        for s in self.sessions:
            self.emit_workout(s)
            self.emit_hydration(s)

    def emit_workout(self, s: _Session) -> None:
        r = self.rng
        dur = round(s.dur, 1) if self.device else max(5, 5 * round(s.dur / 5))
        o: dict[str, Any] = {"type": "workout", "time": self.iso(s.start), "duration_min": dur,
                             "activity": s.activity}
        if self.device:
            o["id"] = f"{self.device}-{s.start.strftime('%Y%m%dT%H%M%SZ')}"
        if "design" in s.tags or r.random() < self.rpe_log_p:
            o["rpe"] = round(s.rpe * 2) / 2 if self.halves else round(s.rpe)
        if self.device and s.activity not in ("yoga", "climbing"):
            frac = 0.45 + 0.045 * s.rpe
            hr = self.hr_rest + (self.hr_max - self.hr_rest) * frac + r.gauss(0, 4)
            o["avg_hr"] = int(min(220, max(70, hr)))
        if s.activity in _SPEED_KMH and (self.device or r.random() < 0.4):
            speed = _SPEED_KMH[s.activity] * self.speed * (1.05 - 0.02 * (s.rpe - 5))
            o["distance_km"] = round(min(999.0, speed * s.dur / 60), 2)
        exposed = bool(s.tags & {"design", "planted"})
        if s.temp is not None and (exposed or r.random() < self.temp_log_p):
            o["temperature_c"] = self.q_temp(min(50.0, max(-30.0, s.temp)))
            if s.hum is not None and r.random() < 0.9:
                o["humidity_pct"] = round(min(100.0, max(0.0, s.hum)))
        if "planted" in s.tags or r.random() < self.muscles_log_p:
            o["muscle_groups"] = list(s.muscles)
        if r.random() < 0.2:
            o["warm_up_min"] = r.choice([5, 8, 10, 15])
        if r.random() < 0.1:
            o["cool_down_min"] = r.choice([5, 10])
        self.emit(s.start, o)

    def emit_hydration(self, s: _Session) -> None:
        r = self.rng
        hours = s.dur / 60
        temp = s.temp if s.temp is not None else 21.0
        factor = 0.5 if s.activity in ("swimming", "yoga", "climbing") else 1.0
        rate = s.sweat_lph or self.sweat * (0.55 + 0.09 * s.rpe) * (1 + 0.035 * (temp - 20))
        sweat = max(0.1, rate * factor * hours)
        mass = self.mass_day[s.day]
        if s.loss_frac is None:
            drink = 0.0 if s.dur < 45 and r.random() < 0.7 else sweat * r.uniform(0.4, 0.9)
            loss = sweat - drink
            cap = 0.0065 if self.cause == "dehydration" else 0.016
            loss_frac = min(cap, loss / mass)
        else:
            loss_frac = s.loss_frac
        loss_kg = loss_frac * mass
        if s.drink == "little":
            fluid = 0.0 if r.random() < 0.45 else r.uniform(0.15, 0.45)
            sweat = max(sweat, loss_kg + fluid)
        else:
            fluid = max(0.0, sweat - loss_kg)
            if fluid == 0.0:
                sweat = loss_kg
        weigh_p = s.weigh if s.weigh is not None else self.weigh_p
        if r.random() < weigh_p:
            pre = round(mass + r.gauss(0, 0.15), 1)
            t0 = s.start - dt.timedelta(minutes=r.uniform(5, 25))
            t1 = s.end + dt.timedelta(minutes=r.uniform(5, 20))
            self.emit(t0, {"type": "body_mass", "time": self.iso(t0), "kg": self.q_kg(pre),
                           "context": "pre_workout"})
            post = pre - loss_kg + r.gauss(0, 0.03)
            self.emit(t1, {"type": "body_mass", "time": self.iso(t1), "kg": self.q_kg(post),
                           "context": "post_workout"})
        log_p = {"water_big": 0.97, "little": 0.6}.get(s.drink, self.fluid_session_p)
        if "design" in s.tags and s.drink == "water_big":
            log_p = 1.0
        if fluid * 1000 >= 100 and r.random() < log_p:
            if s.drink == "water_big" or (s.dur < 75 and s.drink == "normal"):
                kind = "water"
            elif s.drink == "sports" or (self.cause == "electrolyte_loss" and s.dur >= 75):
                kind = r.choice(["sports_drink", "sports_drink", "electrolyte_drink"])
            elif s.drink == "little":
                kind = "water"
            else:
                kind = r.choice(["water", "water", "sports_drink"])
            bottle = 0.75 if s.drink == "water_big" else 0.6
            parts = max(1, round(fluid / bottle))
            for i in range(parts):
                t = s.start + dt.timedelta(minutes=s.dur * (i + 0.5 + r.uniform(-0.3, 0.3))
                                           / parts)
                o = {"type": "fluid", "time": self.iso(t), "ml": self.q_ml(1000 * fluid / parts),
                     "drink": kind}
                self.emit(t, o)
        if r.random() < 0.25:
            t = s.end + dt.timedelta(minutes=r.uniform(30, 60))
            drink = r.choice(["water", "milk", "juice", "water"])
            if self.cause == "electrolyte_loss" and "design" not in s.tags and s.dur >= 75:
                drink = "electrolyte_drink"
            ml = self.q_ml(r.uniform(300, 600))
            self.emit(t, {"type": "fluid", "time": self.iso(t), "ml": ml, "drink": drink})

    def emit_days(self) -> None:
        r = self.rng
        for d in range(self.days):
            if self.in_gap(d):
                continue
            if r.random() < self.morning_weigh_p:
                t = self.local(d, r.uniform(6.3, 7.8))
                kg = self.mass_day[d] + r.gauss(0, 0.2)
                self.emit(t, {"type": "body_mass", "time": self.iso(t), "kg": self.q_kg(kg),
                              "context": "morning"})
            if r.random() < self.fluid_day_p:
                drinks = [("coffee", 7.3, 200), ("water", 10.5, 400), ("water", 14.5, 400)]
                drinks += r.sample([("tea", 16.0, 250), ("juice", 8.0, 200), ("water", 20.0, 300),
                                    ("beer", 20.5, 330), ("soft_drink", 13.0, 330),
                                    ("coffee", 13.5, 150)], r.randint(0, 3))
                busy = [(s.start - dt.timedelta(minutes=15), s.end + dt.timedelta(minutes=15))
                        for s in self.sessions if s.day == d]
                for drink, hour, ml in drinks:
                    t = self.local(d, hour + r.uniform(-0.7, 0.7))
                    if any(a <= t <= b for a, b in busy):
                        continue
                    self.emit(t, {"type": "fluid", "time": self.iso(t),
                                  "ml": self.q_ml(ml * r.uniform(0.7, 1.4)), "drink": drink})
            if r.random() < self.meal_log_p:
                self.emit_meals(d)
        for nt in self.nights.values():
            if not nt.logged:
                continue
            o: dict[str, Any] = {"type": "sleep", "time": self.iso(nt.bed)}
            style = self.sleep_style if self.sleep_style != "mixed" else r.choice(["end", "hours"])
            if style == "end":
                o["end"] = self.iso(nt.wake)
            else:
                o["hours"] = round(nt.hours * 4) / 4
            if r.random() < 0.4:
                q = 4 if nt.hours >= 7 else (3 if nt.hours >= 6 else 2)
                o["quality"] = min(5, max(1, q + r.choice([-1, 0, 0, 1])))
            self.emit(nt.bed, o)

    def emit_meals(self, d: int) -> None:
        r = self.rng
        totals = []
        for i in range(3):
            level = self.intake[i]
            if d in self.low_days and i in getattr(self, "low_minerals", ()):
                level = self.low_level[i]
            totals.append(self.ref[i] * level * math.exp(r.gauss(0, 0.18)))
        energy = self.energy * math.exp(r.gauss(0, 0.12))
        sodium = self.sodium * math.exp(r.gauss(0, 0.2))
        meals = [(r.uniform(6.5, 9.0), 0.25), (r.uniform(12.0, 14.0), 0.33),
                 (r.uniform(18.5, 21.0), 0.32), (r.uniform(15.0, 16.5), 0.10)]
        skip = r.randrange(4) if r.random() < 0.08 else -1
        for j, (hour, share) in enumerate(meals):
            if j == skip:
                continue
            w = share * r.uniform(0.8, 1.2)
            t = self.local(d, hour)
            o: dict[str, Any] = {"type": "meal", "time": self.iso(t),
                                 "magnesium_mg": round(totals[0] * w),
                                 "potassium_mg": round(totals[1] * w),
                                 "calcium_mg": round(totals[2] * w),
                                 "sodium_mg": round(sodium * w),
                                 "energy_kcal": round(energy * w)}
            if r.random() < 0.1:
                o["water_ml"] = round(r.uniform(100, 400))
            self.emit(t, o)

    def emit_episodes(self) -> None:
        r = self.rng
        for ep in self.episodes:
            o: dict[str, Any] = {"type": "episode", "time": self.iso(ep.time), "kind": ep.kind,
                                 "muscle": ep.muscle}
            if ep.muscle not in ("abdomen", "neck", "lower_back", "face") and r.random() < 0.8:
                o["side"] = r.choices(["left", "right", "both"], [0.43, 0.43, 0.14])[0]
            if ep.kind == "twitch":
                o["duration_s"] = r.choice([2, 3, 5, 8, 10, 15, 20, 30, 45, 60, 120])
                o["pain"] = r.choice([0, 0, 0, 1, 1, 2])
            else:
                o["duration_s"] = round(min(900, max(10, math.exp(r.gauss(4.1, 0.7)))))
                o["pain"] = r.randint(3, 9)
            o["during"] = ep.during
            if ep.kind == "spasm" and r.random() < 0.7:
                o["relief"] = r.sample(_RELIEF[:6], r.randint(1, 2))
                o["relieved"] = r.random() < 0.85
            self.emit(ep.time, o)

    def emit_meta(self) -> None:
        r = self.rng
        if self.med_start is not None:
            t = self.local(self.med_start, 0.0)
            o = {"type": "medication", "name": self.med_name,
                 "start": (self.start_date + dt.timedelta(days=self.med_start)).isoformat()}
            self.objects.append((t, o))
        elif r.random() < (0.4 if self.cause is None else 0.15):
            d0 = r.randint(0, self.days // 2)
            o = {"type": "medication", "name": r.choice(_UNRELATED_MEDS),
                 "start": (self.start_date + dt.timedelta(days=d0)).isoformat()}
            if r.random() < 0.5:
                d1 = min(self.days - 1, d0 + r.randint(14, 60))
                o["end"] = (self.start_date + dt.timedelta(days=d1)).isoformat()
            self.objects.append((self.local(d0, 0.0), o))

    def profile(self) -> dict[str, Any]:
        o: dict[str, Any] = {"type": "profile", "sex": self.sex,
                             "birth_year": self.start_date.year - self.age,
                             "body_mass_kg": self.mass, "height_cm": self.height,
                             "timezone": self.zone}
        if self.sex == "female" and self.age < 45 and self.rng.random() < 0.3:
            o["pregnant"] = False
        return o

    def build(self) -> BlindJournal:
        self.person()
        self.calendar()
        self.schedule()
        self.sleep()
        self.natural()
        self.plant()
        self.sessions.sort(key=lambda s: s.start)
        for nt in self.nights.values():
            self.fit_night(nt)
        self.background()
        self.emit_sessions()
        self.emit_days()
        self.emit_episodes()
        self.emit_meta()
        self.objects.sort(key=lambda p: p[0])
        planted = sum(1 for ep in self.episodes if ep.planted and self.start <= ep.time < self.stop
                      and not self.in_gap(self.day_of(ep.time)))
        objs = [self.profile()] + [o for _, o in self.objects]
        return BlindJournal(self.cause, objs, self.start.astimezone(self.tz),
                            self.stop.astimezone(self.tz), planted)


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    """The journal for ``cause`` (one of CAUSES, or None) and ``seed``; deterministic."""
    return _Builder(cause, seed).build()
