"""Blind journal generator "c": synthetic people with one planted cramp cause.

Written blind by an independent examiner session, only from ``spec/journal.md`` (the JSONL
format), ``spec/vocabulary.md`` (causes, muscles, activities, drinks) and
``research/evidence.md`` (sections 2, 4 and 5), without reading the engine (``crampwise/``),
the other generators or any test.  Standard library only; nothing here calls the engine.

What it models, per seed: one person (sex, age 18-70, body mass, height, an IANA time zone
from both hemispheres with a seasonal climate), a sport archetype (runner, cyclist,
footballer, hiker, gym-goer, older walker, tennis player, triathlete, rower), 2-7 sessions a
week on preferred weekdays, logging diligence (share of sessions weighed before/after, days
with drinks, nights with sleep, days with meals; diligence may fade over the months), a
possible holiday gap, and 4-10 months of workouts, body mass, fluids, sleep, meals (direct
nutrient totals only), supplements, medicines and episodes.

Every journal carries 2-10 background episodes unrelated to any exposure, and natural
exposures of every kind at low rates (a hot day, a short night, a dehydrating session, a
pre-race build-up ...) that are *not* followed by episodes.  For the planted cause the
exposure recurs, and an episode follows an exposure with a probability of about 0.35-0.7
(8-15 planted episodes), timed plausibly:

* dehydration: sessions losing 2-3 % body mass on little fluid, weighed before/after on most
  of them; ordinary sessions lose < 1 %.
* electrolyte_loss: regular long (>= 2 h) warm sweaty sessions; about half on large volumes
  of plain water (body mass stable), the rest on sports/electrolyte drinks or ORS.
* muscle_fatigue: occasional races / big days 2-3.5x the usual duration at RPE 8-10 (with a
  taper around them); episodes late in or just after them, in the muscles worked.
* training_load_spike: 1-3 week blocks whose weekly session-RPE load is 1.5-2.5x the
  previous four weeks; episodes during the blocks.
* heat: outdoor sessions in hot humid spells (heat index >= 32 C); episodes during/after.
* nutrient_deficiency: stretches (or the whole journal) of meals low in magnesium, potassium
  and/or calcium (35-60 % of the reference intake); episodes at night/rest in those stretches.
* sleep_debt: short nights (4-5.5 h vs a usual 7-9 h); episodes the next day or night.
* medication: a statin or thiazide started 30-60 % into the journal; episodes after it.

Exposed sessions of the planted cause are kept clear of the other session exposures
(moderate heat index, adequate fluid, usual length) so that the planted signal is the
only systematic one.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

CAUSES = ("dehydration", "electrolyte_loss", "muscle_fatigue", "training_load_spike", "heat",
          "nutrient_deficiency", "sleep_debt", "medication")


@dataclass
class BlindJournal:
    cause: str | None               # planted cause, None for a null journal
    objects: list[dict[str, Any]]   # JSON objects as journal.md defines them (profile first)
    start: dt.datetime              # tz-aware start of the observed period
    stop: dt.datetime               # tz-aware end of the observed period
    planted_episodes: int = 0


# --------------------------------------------------------------------------------------------
# World tables

# time zone -> (hemisphere, annual mean temp C, seasonal amplitude C, mean humidity %)
CLIMATES: dict[str, tuple[int, float, float, float]] = {
    "Europe/London": (1, 11.0, 7.0, 76.0),
    "Europe/Berlin": (1, 10.0, 9.5, 70.0),
    "Europe/Madrid": (1, 15.5, 10.0, 52.0),
    "America/New_York": (1, 13.0, 11.5, 64.0),
    "America/Chicago": (1, 19.0, 9.0, 70.0),
    "America/Denver": (1, 10.0, 12.0, 42.0),
    "America/Los_Angeles": (1, 18.0, 5.0, 62.0),
    "Asia/Tokyo": (1, 16.5, 10.0, 68.0),
    "Asia/Singapore": (1, 27.5, 0.8, 80.0),
    "Australia/Sydney": (-1, 18.5, 5.0, 66.0),
    "Australia/Brisbane": (-1, 21.0, 5.0, 68.0),
    "Australia/Perth": (-1, 19.0, 6.5, 55.0),
    "America/Sao_Paulo": (-1, 20.0, 3.5, 76.0),
    "Africa/Johannesburg": (-1, 16.0, 5.5, 52.0),
    "Pacific/Auckland": (-1, 15.5, 4.5, 78.0),
    "America/Argentina/Buenos_Aires": (-1, 18.0, 6.5, 70.0),
}
HOT_SUMMER = ("America/Chicago", "America/New_York", "Asia/Tokyo", "Australia/Brisbane",
              "America/Sao_Paulo", "Asia/Singapore", "Europe/Madrid", "Australia/Sydney",
              "America/Argentina/Buenos_Aires")
IMPERIAL = {"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"}

STRENGTH_MUSCLES = ("quadriceps", "hamstring", "glute", "chest", "upper_back", "shoulder",
                    "biceps", "triceps", "abdomen", "calf", "lower_back")

# activity spec: (activity, weight, duration range, rpe range, outdoor prob, muscles)
Act = tuple[str, float, tuple[int, int], tuple[int, int], float, tuple[str, ...]]

ARCHETYPES: dict[str, dict[str, Any]] = {
    "runner": {
        "acts": [("running", 0.7, (30, 70), (4, 7), 0.95, ("calf", "hamstring", "quadriceps")),
                 ("trail_running", 0.1, (50, 90), (5, 7), 1.0, ("calf", "quadriceps", "glute")),
                 ("strength", 0.2, (30, 50), (5, 7), 0.0, STRENGTH_MUSCLES)],
        "long": ("running", (90, 150), (5, 7), ("calf", "hamstring", "quadriceps")),
        "bg": (("calf", 5), ("foot", 2), ("hamstring", 2), ("toes", 1), ("quadriceps", 1)),
        "speed": {"running": 11.0, "trail_running": 8.5},
    },
    "cyclist": {
        "acts": [("cycling", 0.75, (45, 100), (4, 7), 0.8, ("quadriceps", "calf", "hamstring")),
                 ("running", 0.1, (25, 45), (4, 6), 1.0, ("calf", "hamstring")),
                 ("strength", 0.15, (30, 50), (5, 7), 0.0, STRENGTH_MUSCLES)],
        "long": ("cycling", (150, 300), (5, 7), ("quadriceps", "calf", "hamstring", "glute")),
        "bg": (("calf", 4), ("quadriceps", 3), ("hamstring", 2), ("foot", 1), ("neck", 1)),
        "speed": {"cycling": 26.0, "running": 10.5},
    },
    "footballer": {
        "acts": [("team_sport", 0.5, (75, 100), (6, 8), 1.0,
                  ("hamstring", "calf", "quadriceps", "adductor")),
                 ("running", 0.25, (25, 45), (4, 6), 1.0, ("calf", "hamstring")),
                 ("strength", 0.25, (40, 60), (5, 7), 0.0, STRENGTH_MUSCLES)],
        "long": ("team_sport", (90, 110), (7, 9), ("hamstring", "calf", "quadriceps", "adductor")),
        "bg": (("calf", 4), ("hamstring", 3), ("adductor", 1), ("quadriceps", 1), ("foot", 1)),
        "speed": {"running": 11.0},
    },
    "hiker": {
        "acts": [("walking", 0.5, (40, 80), (2, 4), 1.0, ("calf", "quadriceps", "foot")),
                 ("hiking", 0.3, (90, 150), (4, 6), 1.0, ("calf", "quadriceps", "glute", "foot")),
                 ("strength", 0.2, (30, 45), (4, 6), 0.0, STRENGTH_MUSCLES)],
        "long": ("hiking", (180, 330), (4, 6), ("calf", "quadriceps", "glute", "foot")),
        "bg": (("calf", 5), ("foot", 3), ("quadriceps", 1), ("toes", 1)),
        "speed": {"walking": 5.0, "hiking": 3.6},
    },
    "gym": {
        "acts": [("strength", 0.5, (45, 75), (6, 8), 0.0, STRENGTH_MUSCLES),
                 ("hiit", 0.2, (25, 40), (7, 9), 0.0, ("quadriceps", "calf", "abdomen")),
                 ("crossfit", 0.15, (45, 60), (7, 9), 0.0, STRENGTH_MUSCLES),
                 ("elliptical", 0.15, (30, 50), (4, 6), 0.0, ("quadriceps", "calf"))],
        "long": None,
        "bg": (("calf", 3), ("hamstring", 2), ("abdomen", 1), ("biceps", 1), ("eyelid", 1),
               ("chest", 1)),
        "speed": {},
    },
    "walker": {
        "acts": [("walking", 0.6, (30, 70), (2, 4), 1.0, ("calf", "foot", "hamstring")),
                 ("swimming", 0.15, (30, 50), (3, 5), 0.0, ("calf", "foot", "shoulder")),
                 ("yoga", 0.15, (45, 60), (2, 4), 0.0, ("hamstring", "lower_back")),
                 ("pilates", 0.1, (45, 55), (3, 5), 0.0, ("abdomen", "lower_back"))],
        "long": ("walking", (90, 150), (3, 5), ("calf", "foot", "quadriceps")),
        "bg": (("calf", 6), ("foot", 3), ("toes", 2), ("hamstring", 1)),
        "speed": {"walking": 4.8, "swimming": 2.0},
    },
    "tennis": {
        "acts": [("racket_sport", 0.55, (60, 100), (5, 8), 0.85,
                  ("calf", "forearm", "hamstring", "quadriceps")),
                 ("running", 0.2, (25, 45), (4, 6), 1.0, ("calf", "hamstring")),
                 ("strength", 0.25, (30, 50), (5, 7), 0.0, STRENGTH_MUSCLES)],
        "long": ("racket_sport", (110, 160), (6, 8),
                 ("calf", "forearm", "hamstring", "quadriceps")),
        "bg": (("calf", 4), ("hamstring", 2), ("forearm", 1), ("hand", 1), ("foot", 1)),
        "speed": {"running": 10.5},
    },
    "triathlete": {
        "acts": [("swimming", 0.3, (40, 70), (5, 7), 0.1, ("shoulder", "calf", "foot")),
                 ("cycling", 0.35, (60, 110), (4, 7), 0.85, ("quadriceps", "calf", "hamstring")),
                 ("running", 0.35, (35, 70), (5, 7), 1.0, ("calf", "hamstring", "quadriceps"))],
        "long": ("cycling", (150, 280), (5, 7), ("quadriceps", "calf", "hamstring", "glute")),
        "bg": (("calf", 5), ("foot", 2), ("hamstring", 2), ("toes", 1)),
        "speed": {"swimming": 2.6, "cycling": 28.0, "running": 11.5},
    },
    "rower": {
        "acts": [("rowing", 0.6, (45, 80), (5, 8), 0.6,
                  ("lower_back", "hamstring", "quadriceps", "forearm")),
                 ("strength", 0.25, (40, 60), (6, 8), 0.0, STRENGTH_MUSCLES),
                 ("cycling", 0.15, (40, 70), (4, 6), 0.5, ("quadriceps", "calf"))],
        "long": ("rowing", (100, 140), (5, 7), ("lower_back", "hamstring", "quadriceps")),
        "bg": (("calf", 3), ("hamstring", 2), ("forearm", 2), ("hand", 1), ("lower_back", 1)),
        "speed": {"rowing": 11.0, "cycling": 24.0},
    },
}
ENDURANCE = ("runner", "cyclist", "hiker", "triathlete")
OUTDOOR_TYPES = ("runner", "cyclist", "footballer", "hiker", "walker", "tennis", "triathlete")
ARCHETYPE_BY_CAUSE: dict[str | None, tuple[str, ...]] = {
    "dehydration": ("runner", "cyclist", "footballer", "tennis", "triathlete", "hiker", "rower"),
    "electrolyte_loss": ENDURANCE,
    "heat": OUTDOOR_TYPES,
}

STATINS = ("atorvastatin", "simvastatin", "rosuvastatin", "pravastatin")
THIAZIDES = ("hydrochlorothiazide", "chlorthalidone")
INNOCUOUS_MEDS = ("cetirizine", "loratadine", "lisinopril", "metformin")
RELIEFS = (("stretching", 6), ("massage", 3), ("walking_it_off", 2), ("hydration", 2),
           ("rest", 2), ("pickle_juice", 1), ("heat", 1), ("cold", 1), ("magnesium", 1),
           ("other", 1))


def heat_index(temp_c: float, rh: float) -> float:
    """NWS (Rothfusz) heat index in degrees C."""
    t = temp_c * 9 / 5 + 32
    hi = 0.5 * (t + 61 + (t - 68) * 1.2 + rh * 0.094)
    if (hi + t) / 2 >= 80:
        hi = (-42.379 + 2.04901523 * t + 10.14333127 * rh - 0.22475541 * t * rh
              - 0.00683783 * t * t - 0.05481717 * rh * rh + 0.00122874 * t * t * rh
              + 0.00085282 * t * rh * rh - 0.00000199 * t * t * rh * rh)
    return (hi - 32) * 5 / 9


def wchoice(rng: random.Random, pairs: Any) -> Any:
    items = list(pairs)
    return rng.choices([p[0] for p in items], weights=[p[1] for p in items])[0]


# --------------------------------------------------------------------------------------------
# Internal records


@dataclass
class Session:
    day: int
    hour: float
    dur: float
    activity: str
    rpe: int
    outdoor: bool
    muscles: list[str]
    kind: str = "normal"           # normal / long / big / spike
    tags: set[str] = field(default_factory=set)
    temp: float = 20.0
    hum: float = 50.0
    fluid: list[tuple[float, float, str]] = field(default_factory=list)  # (offset min, ml, drink)
    salt_caps: int = 0
    loss_kg: float = 0.0
    weigh: bool = False
    log_fluid: bool = False


@dataclass
class Person:
    sex: str
    age: int
    mass: float
    height: float
    tz: str
    arch: str
    freq: int
    weekdays: list[int]
    long_day: int | None
    long_prob: float
    slot: float
    sweat: float
    weigh_p: float
    fluid_p: float
    sleep_p: float
    meal_p: float
    morning_w_p: float
    decay: float
    rpe_p: float
    musc_p: float
    temp_p: float
    hr_p: float
    dist_p: float
    sports_pref: float
    imperial: bool
    use_ids: bool
    use_hours: bool
    bed: float
    sleep_h: float


class Gen:
    def __init__(self, cause: str | None, seed: int) -> None:
        self.cause = cause
        self.rng = random.Random(f"c-{cause}-{seed}")
        self.objs: list[tuple[dt.datetime, int, dict[str, Any]]] = []
        self.counter = 0
        self.planted: list[tuple[dt.datetime, dict[str, Any]]] = []
        self.block_windows: list[tuple[dt.datetime, dt.datetime]] = []

    # ---------------------------------------------------------------- helpers
    def at(self, day: int, hour: float) -> dt.datetime:
        base = self.d0 + dt.timedelta(days=day)
        minutes = int(round(hour * 60))
        naive = dt.datetime.combine(base, dt.time()) + dt.timedelta(minutes=minutes)
        aware = naive.replace(tzinfo=self.zone)
        return aware.astimezone(dt.UTC).astimezone(self.zone)

    def iso(self, t: dt.datetime) -> str:
        return t.replace(second=0, microsecond=0).isoformat(timespec="seconds")

    def logp(self, base: float, day: int) -> float:
        return base * (1.0 - self.p.decay * day / self.n)

    def emit(self, t: dt.datetime, obj: dict[str, Any]) -> dict[str, Any]:
        if not (self.start <= t < self.stop):
            return obj
        if self.p.use_ids:
            self.counter += 1
            obj = {"id": f"c{obj['type'][:2]}-{self.counter:05d}", **obj}
        self.objs.append((t, len(self.objs), obj))
        return obj

    def active(self, day: int) -> bool:
        return 0 <= day < self.n and day not in self.gap

    def kg(self, v: float) -> Any:
        if self.p.imperial:
            return f"{v * 2.20462:.1f} lb"
        return round(v, 1)

    # ---------------------------------------------------------------- person & period
    def make_person(self) -> None:
        r = self.rng
        cause = self.cause
        arch = r.choice(ARCHETYPE_BY_CAUSE.get(cause, tuple(ARCHETYPES)))
        if cause == "medication" and r.random() < 0.4:
            arch = "walker"
        sex = "female" if r.random() < 0.48 else "male"
        if r.random() < 0.03:
            sex = "other"
        lo_age = 50 if arch == "walker" else 18
        hi_age = 70 if arch in ("walker", "hiker", "gym", "cyclist") else 62
        if cause == "medication":
            lo_age = max(lo_age, 42)
        age = r.randint(lo_age, hi_age)
        mass = r.uniform(62, 98) if sex == "male" else r.uniform(50, 82)
        if sex == "other":
            mass = r.uniform(55, 90)
        height = (r.uniform(166, 192) if sex == "male" else r.uniform(152, 178))
        tz = r.choice(HOT_SUMMER) if cause == "heat" else r.choice(sorted(CLIMATES))
        lo_f = {"muscle_fatigue": 4, "training_load_spike": 3, "dehydration": 3,
                "electrolyte_loss": 3, "heat": 3}.get(cause or "", 2)
        freq = r.randint(lo_f, 7 if arch != "walker" else 6)
        if cause == "training_load_spike":
            freq = min(freq, 5)
        weekdays = sorted(r.sample(range(7), freq))
        long_day = None
        if ARCHETYPES[arch]["long"] is not None and freq >= 2:
            long_day = r.choice([5, 6])
            if long_day not in weekdays:
                weekdays[r.randrange(len(weekdays))] = long_day
                weekdays = sorted(set(weekdays))
        long_prob = r.uniform(0.5, 0.85) if arch in ENDURANCE else r.uniform(0.2, 0.6)
        if arch == "footballer":
            long_prob = r.uniform(0.6, 0.9)
        if cause == "electrolyte_loss":
            long_prob = r.uniform(0.85, 0.97)
        if cause == "muscle_fatigue":
            long_prob = r.uniform(0.0, 0.25)
        weigh_p = r.choice([0.0, r.uniform(0.05, 0.3), r.uniform(0.3, 0.8)])
        if cause == "dehydration":
            weigh_p = r.uniform(0.3, 0.75)
        elif cause == "electrolyte_loss":
            weigh_p = max(weigh_p, r.uniform(0.2, 0.6))
        self.p = Person(
            sex=sex, age=age, mass=mass, height=height, tz=tz, arch=arch, freq=freq,
            weekdays=weekdays, long_day=long_day, long_prob=long_prob,
            slot=r.choice([6.5, 7.0, 12.2, 17.8, 18.5]),
            sweat=r.uniform(1.25, 1.7) if cause in ("dehydration", "electrolyte_loss")
            else r.uniform(0.7, 1.4),
            weigh_p=weigh_p,
            fluid_p=r.uniform(0.2, 0.9),
            sleep_p=r.uniform(0.75, 0.95) if cause == "sleep_debt" else r.uniform(0.15, 0.9),
            meal_p=r.uniform(0.55, 0.9) if cause == "nutrient_deficiency"
            else r.uniform(0.1, 0.75),
            morning_w_p=r.choice([0.0, 0.0, r.uniform(0.1, 0.6)]),
            decay=r.choice([0.0, 0.0, r.uniform(0.1, 0.35)]),
            rpe_p=r.uniform(0.9, 1.0) if cause == "training_load_spike" else r.uniform(0.6, 1.0),
            musc_p=r.uniform(0.4, 1.0),
            temp_p=r.uniform(0.85, 1.0) if cause == "heat" else r.uniform(0.4, 1.0),
            hr_p=r.choice([0.0, r.uniform(0.4, 0.95)]),
            dist_p=r.uniform(0.2, 0.95),
            sports_pref=r.uniform(0.1, 0.8),
            imperial=tz in IMPERIAL and r.random() < 0.5,
            use_ids=r.random() < 0.5,
            use_hours=r.random() < 0.3,
            bed=r.uniform(21.8, 23.8),
            sleep_h=r.uniform(7.0, 8.6),
        )

    def make_period(self) -> None:
        r = self.rng
        cause = self.cause
        lo, hi = 120, 300
        if cause in ("training_load_spike", "muscle_fatigue"):
            lo = 190
        elif cause == "electrolyte_loss":
            lo = 160
        self.n = r.randint(lo, hi)
        year = r.choice([2024, 2025])
        if cause == "heat":
            hemi = CLIMATES[self.p.tz][0]
            mid = dt.date(year, 7, 20) if hemi == 1 else dt.date(year, 1, 18)
            d0 = mid - dt.timedelta(days=r.randint(40, min(110, self.n - 60)))
        else:
            d0 = dt.date(year, 1, 1) + dt.timedelta(days=r.randint(0, 364))
        self.d0 = d0
        self.zone = ZoneInfo(self.p.tz)
        self.start = self.at(0, 0.0)
        self.stop = self.at(self.n, 0.0)
        self.gap: set[int] = set()
        if r.random() < 0.35:
            g_len = r.randint(7, 18)
            g0 = r.randint(int(self.n * 0.25), int(self.n * 0.8) - g_len)
            self.gap = set(range(g0, g0 + g_len))
        # daily weather
        hemi, mean, amp, hum = CLIMATES[self.p.tz]
        peak = 200 if hemi == 1 else 17
        self.wtemp: list[float] = []
        self.whum: list[float] = []
        noise = 0.0
        for d in range(self.n + 2):
            doy = (d0 + dt.timedelta(days=d)).timetuple().tm_yday
            noise = 0.7 * noise + r.gauss(0, 1.8)
            self.wtemp.append(mean + amp * math.cos(2 * math.pi * (doy - peak) / 365.25) + noise)
            self.whum.append(min(97.0, max(20.0, hum + r.gauss(0, 10))))
        self.hot_days: set[int] = set()

    def add_spell(self, first: int, length: int) -> None:
        r = self.rng
        for d in range(first, min(self.n, first + length)):
            self.wtemp[d] = max(self.wtemp[d], r.uniform(29.0, 33.5))
            self.whum[d] = max(self.whum[d], r.uniform(55, 78))
            self.hot_days.add(d)

    # ---------------------------------------------------------------- sessions
    def usual_dur(self) -> float:
        durs = sorted(s.dur for s in self.sessions if s.kind == "normal")
        return durs[len(durs) // 2] if durs else 50.0

    def new_session(self, day: int, act: Act, kind: str = "normal",
                    dur: float | None = None, rpe: int | None = None) -> Session:
        r = self.rng
        name, _w, (dmin, dmax), (rmin, rmax), out_p, muscles = act
        weekend = (self.d0 + dt.timedelta(days=day)).weekday() >= 5
        hour = r.uniform(7.5, 10.5) if weekend or kind in ("long", "big") else (
            self.p.slot + r.uniform(-0.4, 0.6))
        if muscles is STRENGTH_MUSCLES:
            mus = r.sample(list(STRENGTH_MUSCLES), r.randint(2, 4))
        else:
            mus = list(muscles)
            if len(mus) > 2 and r.random() < 0.4:
                mus = r.sample(mus, len(mus) - 1)
        return Session(day=day, hour=hour,
                       dur=float(dur if dur is not None else r.randint(dmin, dmax)),
                       activity=name, rpe=rpe if rpe is not None else r.randint(rmin, rmax),
                       outdoor=r.random() < out_p, muscles=mus, kind=kind)

    def schedule(self) -> None:
        r = self.rng
        spec = ARCHETYPES[self.p.arch]
        acts: list[Act] = spec["acts"]
        self.sessions: list[Session] = []
        for d in range(self.n):
            if not self.active(d):
                continue
            wd = (self.d0 + dt.timedelta(days=d)).weekday()
            if wd in self.p.weekdays and r.random() < 0.87:
                long_day = wd == self.p.long_day or (
                    self.cause == "electrolyte_loss" and wd == self.p.weekdays[0]
                    and r.random() < 0.45)
                if long_day and spec["long"] and r.random() < self.p.long_prob:
                    la, dr, rr, mus = spec["long"]
                    if self.cause == "electrolyte_loss":
                        dr = (max(125, dr[0]), max(200, dr[1]))
                    act = (la, 1.0, dr, rr, 1.0, mus)
                    self.sessions.append(self.new_session(d, act, "long"))
                else:
                    act = wchoice(r, [(a, a[1]) for a in acts])
                    self.sessions.append(self.new_session(d, act))
            elif r.random() < 0.04:
                act = wchoice(r, [(a, a[1]) for a in acts])
                self.sessions.append(self.new_session(d, act))

    def main_act(self) -> Act:
        return max(ARCHETYPES[self.p.arch]["acts"], key=lambda a: a[1])

    def add_big_sessions(self, count: int) -> list[Session]:
        """Races / big days far above the usual, with a taper around them."""
        r = self.rng
        usual = self.usual_dur()
        spec = ARCHETYPES[self.p.arch]
        days = [d for d in range(14, self.n - 2) if self.active(d)
                and (self.d0 + dt.timedelta(days=d)).weekday() >= 5]
        r.shuffle(days)
        chosen: list[int] = []
        for d in days:
            if all(abs(d - c) >= 9 for c in chosen):
                chosen.append(d)
            if len(chosen) >= count:
                break
        out = []
        for d in chosen:
            for s in list(self.sessions):
                if abs(s.day - d) <= 3:
                    if s.day == d or s.day == d + 1 or r.random() < 0.55:
                        self.sessions.remove(s)
                    else:
                        s.dur = round(s.dur * 0.7)
            if spec["long"] and r.random() < 0.7:
                la, _dr, _rr, mus = spec["long"]
                act: Act = (la, 1.0, (1, 2), (1, 2), 1.0, mus)
            else:
                act = self.main_act()
            if self.p.arch in ("walker", "gym") and r.random() < 0.6:
                act = ("hiking", 1.0, (1, 2), (1, 2), 1.0, ("calf", "quadriceps", "glute"))
            dur = min(600.0, round(usual * r.uniform(2.2, 3.5)))
            s = self.new_session(d, act, "big", dur=dur, rpe=r.randint(8, 10))
            s.outdoor = s.outdoor or act[4] > 0
            self.sessions.append(s)
            out.append(s)
        return out

    def add_spike_blocks(self, weeks: int, ratio: tuple[float, float]) -> list[Session]:
        """Blocks where the weekly session-RPE load jumps vs the previous four weeks."""
        r = self.rng
        usual = self.usual_dur()
        acts: list[Act] = ARCHETYPES[self.p.arch]["acts"]
        out: list[Session] = []
        lens: list[int] = []
        while sum(lens) < weeks:
            lens.append(min(r.randint(1, 3), weeks - sum(lens)))
        cursor = 35
        gap_end = max(self.gap) + 1 if self.gap else -1
        for wl in lens:
            room = self.n - 7 * wl - 3
            if cursor >= room:
                break
            b0 = r.randint(cursor, min(room, cursor + 10))
            if any(d in self.gap for d in range(b0 - 28, b0 + 7 * wl)):
                b0 = max(b0, gap_end + 30)
                if b0 >= room:
                    break
            pre = [s for s in self.sessions if b0 - 28 <= s.day < b0]
            chronic = max(1.0, sum(s.dur * s.rpe for s in pre) / 4.0)
            target = chronic * r.uniform(*ratio)
            for s in [s for s in self.sessions if b0 <= s.day < b0 + 7 * wl]:
                self.sessions.remove(s)
            for w in range(wl):
                n_s = min(7, self.p.freq + r.randint(1, 3))
                days = sorted(r.sample(range(b0 + 7 * w, b0 + 7 * w + 7), n_s))
                week: list[Session] = []
                for d in days:
                    act = wchoice(r, [(a, a[1]) for a in acts])
                    s = self.new_session(d, act, "spike")
                    s.rpe = min(9, s.rpe + 1)
                    week.append(s)
                for _ in range(8):
                    load = sum(s.dur * s.rpe for s in week)
                    f = target / load
                    for s in week:
                        s.dur = float(round(min(usual * 1.5, max(20.0, s.dur * f))))
                    load = sum(s.dur * s.rpe for s in week)
                    if load < target * 0.92 and len(week) < 9:
                        d = r.randrange(b0 + 7 * w, b0 + 7 * w + 7)
                        s = self.new_session(d, wchoice(r, [(a, a[1]) for a in acts]), "spike")
                        s.hour = 18.0 if s.hour < 12 else 7.0
                        week.append(s)
                    else:
                        break
                out.extend(week)
                self.sessions.extend(week)
            self.block_windows.append((self.at(b0, 0), self.at(b0 + 7 * wl + 1, 0)))
            cursor = b0 + 7 * wl + 29
        return out

    # ---------------------------------------------------------------- weather & fluids
    def set_weather(self, s: Session) -> None:
        r = self.rng
        if not s.outdoor:
            s.temp, s.hum = r.uniform(18, 23), r.uniform(35, 55)
            return
        diurnal = -3.0 if s.hour < 9 else (3.5 if s.hour < 16 else 1.0)
        s.temp = self.wtemp[s.day] + diurnal + r.gauss(0, 0.8)
        s.hum = min(98.0, max(15.0, self.whum[s.day] + (8 if s.hour < 9 else -4)))
        while heat_index(s.temp, s.hum) > 46 and s.hum > 30:
            s.hum -= 4.0

    def moderate(self, s: Session, lo: float = 8.0, hi: float = 26.0) -> None:
        r = self.rng
        for _ in range(50):
            if s.outdoor and heat_index(s.temp, s.hum) <= 27.0 and s.temp >= lo - 6:
                return
            if not s.outdoor:
                return
            s.temp = r.uniform(lo, hi)
            s.hum = r.uniform(30, 65)

    def plan_fluid(self, s: Session) -> None:
        r = self.rng
        p = self.p
        hours = s.dur / 60.0
        hi = heat_index(s.temp, s.hum)
        sweat = p.sweat * (0.35 + 0.07 * s.rpe) * (1 + 0.03 * max(0.0, hi - 18)) * hours
        drink = "water"
        if s.dur >= 90 and r.random() < p.sports_pref:
            drink = "sports_drink"
        if "dehy" in s.tags:
            fluid = 0.0 if r.random() < 0.4 else r.uniform(100, 350)
            loss = min(r.uniform(0.02, 0.031) * p.mass, 2.1 * hours - fluid / 1000)
            loss = max(loss, 0.0205 * p.mass)
            s.dur = max(s.dur, round(60 * (loss + fluid / 1000) / 2.1) + 1)
        elif "elec" in s.tags or "elec_ok" in s.tags:
            sweat = max(sweat, hours * r.uniform(0.9, 1.4))
            loss = r.uniform(-0.003, 0.008) * p.mass
            fluid = max(300.0, (sweat - loss) * 1000)
            drink = "water" if "elec" in s.tags else wchoice(
                r, (("sports_drink", 4), ("electrolyte_drink", 4), ("ors", 2)))
            if "elec_ok" in s.tags and r.random() < 0.3:
                s.salt_caps = r.randint(1, 3)
        else:
            frac = r.uniform(0.003, 0.013) if "hot" in s.tags else r.uniform(-0.002, 0.007)
            if s.kind == "big":
                frac = r.uniform(0.004, 0.012)
                drink = "sports_drink"
            if self.cause == "dehydration":
                frac = min(frac, r.uniform(0.004, 0.008))
            fluid = (sweat - frac * p.mass) * 1000
            if fluid < 150 and sweat < 0.0085 * p.mass:
                fluid = 0.0
            loss = sweat - fluid / 1000
            if s.dur >= 100 and drink == "water" and (
                    self.cause == "electrolyte_loss"
                    or (self.cause == "heat" and "hot" in s.tags)):
                drink = "sports_drink"
        s.loss_kg = loss
        if fluid > 0:
            n = max(1, round(fluid / 600))
            for i in range(n):
                ml = max(50.0, round(fluid / n / 10) * 10)
                s.fluid.append(((i + 0.8) / (n + 0.3) * s.dur, ml, drink))

    # ---------------------------------------------------------------- emit sessions
    def emit_session(self, s: Session, mass: float) -> None:
        r = self.rng
        p = self.p
        t0 = self.at(s.day, s.hour)
        end = t0 + dt.timedelta(minutes=s.dur)
        w: dict[str, Any] = {"type": "workout", "time": self.iso(t0),
                             "duration_min": s.dur, "activity": s.activity}
        if r.random() < p.rpe_p:
            w["rpe"] = s.rpe
        if r.random() < p.hr_p:
            w["avg_hr"] = int(min(195, max(70, 95 + 9 * s.rpe - p.age * 0.3 + r.gauss(0, 6))))
        speed = ARCHETYPES[p.arch]["speed"].get(s.activity)
        if speed and r.random() < p.dist_p:
            w["distance_km"] = round(speed * r.uniform(0.85, 1.1) * s.dur / 60, 1)
        if s.outdoor and (r.random() < p.temp_p or s.tags & {"hot", "elec", "elec_ok"}
                          and r.random() < 0.9):
            w["temperature_c"] = (f"{s.temp * 9 / 5 + 32:.0f} degF" if p.imperial
                                  else round(s.temp, 1))
            if r.random() < 0.85 or "hot" in s.tags:
                w["humidity_pct"] = round(s.hum)
        elif not s.outdoor and r.random() < 0.08:
            w["temperature_c"] = round(s.temp, 1)
        if r.random() < p.musc_p:
            w["muscle_groups"] = list(s.muscles)
        if r.random() < 0.15:
            w["warm_up_min"] = r.choice([5, 10, 15])
        if r.random() < 0.08:
            w["cool_down_min"] = r.choice([5, 10])
        self.emit(t0, w)
        if s.weigh:
            pre = mass + r.gauss(0, 0.15)
            tpre = t0 - dt.timedelta(minutes=r.randint(5, 25))
            tpost = end + dt.timedelta(minutes=r.randint(5, 20))
            self.emit(tpre, {"type": "body_mass", "time": self.iso(tpre), "kg": self.kg(pre),
                             "context": "pre_workout"})
            self.emit(tpost, {"type": "body_mass", "time": self.iso(tpost),
                              "kg": self.kg(pre - s.loss_kg + r.gauss(0, 0.05)),
                              "context": "post_workout"})
        if s.log_fluid:
            for off, ml, drink in s.fluid:
                tf = t0 + dt.timedelta(minutes=off)
                obj: dict[str, Any] = {"type": "fluid", "time": self.iso(tf)}
                obj["ml"] = f"{ml / 29.57:.0f} oz" if p.imperial and r.random() < 0.5 else ml
                if drink != "water" or r.random() < 0.6:
                    obj["drink"] = drink
                self.emit(tf, obj)
            for i in range(s.salt_caps):
                tc = t0 + dt.timedelta(minutes=s.dur * (i + 1) / (s.salt_caps + 1))
                self.emit(tc, {"type": "supplement", "time": self.iso(tc),
                               "name": "salt capsule", "sodium_mg": 215})
            if s.fluid or r.random() < 0.5:
                tr = end + dt.timedelta(minutes=r.randint(25, 70))
                self.emit(tr, {"type": "fluid", "time": self.iso(tr),
                               "ml": float(r.choice([330, 400, 500, 750])),
                               "drink": wchoice(r, (("water", 6), ("milk", 1),
                                                    ("juice", 1), ("coconut_water", 1)))})

    # ---------------------------------------------------------------- daily logs
    def emit_daily(self) -> None:
        r = self.rng
        p = self.p
        mass = p.mass
        sess_by_day: dict[int, list[Session]] = {}
        for s in self.sessions:
            sess_by_day.setdefault(s.day, []).append(s)
        for d in range(self.n):
            mass += r.gauss(0, 0.05) - 0.002 * (mass - p.mass)
            if not self.active(d):
                continue
            if r.random() < self.logp(p.morning_w_p, d):
                t = self.at(d, r.uniform(6.3, 8.2))
                self.emit(t, {"type": "body_mass", "time": self.iso(t),
                              "kg": self.kg(mass + r.gauss(0, 0.2)), "context": "morning"})
            fluid_day = r.random() < self.logp(p.fluid_p, d)
            for s in sess_by_day.get(d, []):
                if "elec" in s.tags or "elec_ok" in s.tags:
                    s.log_fluid = r.random() < 0.9
                elif "dehy" in s.tags:
                    s.log_fluid = r.random() < 0.8
                else:
                    s.log_fluid = fluid_day
                self.emit_session(s, mass)
            if fluid_day:
                self.emit_drinks(d)
            self.emit_meals(d)
            if d in self.supp_days:
                t = self.at(d, r.uniform(20.5, 22))
                self.emit(t, {"type": "supplement", "time": self.iso(t), **self.supp})

    def emit_drinks(self, d: int) -> None:
        r = self.rng
        if r.random() < 0.7:
            t = self.at(d, r.uniform(6.5, 9))
            self.emit(t, {"type": "fluid", "time": self.iso(t), "ml": float(r.choice([200, 250])),
                          "drink": r.choice(["coffee", "coffee", "tea"])})
        if r.random() < 0.25:
            t = self.at(d, r.uniform(7, 9))
            self.emit(t, {"type": "fluid", "time": self.iso(t), "ml": 200.0,
                          "drink": r.choice(["juice", "milk"])})
        for _ in range(r.randint(2, 6)):
            t = self.at(d, r.uniform(9.5, 21.5))
            obj: dict[str, Any] = {"type": "fluid", "time": self.iso(t),
                                   "ml": float(r.choice([250, 300, 330, 500]))}
            if r.random() < 0.5:
                obj["drink"] = "water"
            self.emit(t, obj)
        if r.random() < 0.15:
            t = self.at(d, r.uniform(18.5, 22))
            self.emit(t, {"type": "fluid", "time": self.iso(t), "ml": 330.0,
                          "drink": r.choice(["beer", "soft_drink", "tea"])})

    def nutrient_refs(self) -> dict[str, float]:
        p = self.p
        mg_m = 400 if p.age < 31 else 420
        mg_f = 310 if p.age < 31 else 320
        ca_f = 1200 if p.age >= 51 else 1000
        if p.sex == "male":
            return {"magnesium_mg": mg_m, "potassium_mg": 3400, "calcium_mg": 1000}
        if p.sex == "female":
            return {"magnesium_mg": mg_f, "potassium_mg": 2600, "calcium_mg": ca_f}
        return {"magnesium_mg": mg_m, "potassium_mg": 3400, "calcium_mg": ca_f}

    def plan_nutrition(self) -> None:
        r = self.rng
        refs = self.nutrient_refs()
        self.base_factor = {k: r.uniform(0.9, 1.35) for k in refs}
        self.low_days: set[int] = set()
        self.low_keys: list[str] = []
        self.low_factor = 1.0
        if self.cause == "nutrient_deficiency":
            self.low_keys = r.sample(list(refs), r.choice([1, 2, 2, 3]))
            self.low_factor = r.uniform(0.35, 0.6)
            if r.random() < 0.3:
                self.low_days = set(range(self.n))
            else:
                share = r.uniform(0.35, 0.6)
                k = r.randint(2, 3)
                seg = self.n // k
                length = max(14, int(self.n * share / k))
                for i in range(k):
                    s0 = i * seg + r.randint(0, max(0, seg - length))
                    self.low_days.update(range(s0, min(self.n, s0 + length)))
        elif r.random() < 0.2:
            self.low_keys = [r.choice(list(refs))]
            self.low_factor = r.uniform(0.6, 0.78)
            s0 = r.randint(0, self.n - 30)
            self.low_days = set(range(s0, s0 + r.randint(14, 28)))
        self.supp_days: set[int] = set()
        self.supp: dict[str, Any] = {}
        if self.cause != "nutrient_deficiency" and r.random() < 0.15:
            self.supp = r.choice([{"name": "magnesium citrate", "magnesium_mg": 150},
                                  {"name": "multivitamin", "magnesium_mg": 50,
                                   "calcium_mg": 200},
                                  {"name": "calcium + vitamin D", "calcium_mg": 500}])
            q = r.uniform(0.2, 0.7)
            self.supp_days = {d for d in range(self.n) if r.random() < q}

    def emit_meals(self, d: int) -> None:
        r = self.rng
        p = self.p
        if r.random() >= self.logp(p.meal_p, d):
            return
        refs = self.nutrient_refs()
        kcal = (2500 if p.sex != "female" else 2000) * r.uniform(0.85, 1.15)
        day_tot: dict[str, float] = {}
        for k, ref in refs.items():
            f = self.base_factor[k]
            if d in self.low_days and k in self.low_keys:
                f = self.low_factor
            day_tot[k] = ref * f * r.uniform(0.8, 1.2)
        if d in self.low_days and self.cause == "nutrient_deficiency":
            kcal *= r.uniform(0.8, 0.95)
        day_tot["sodium_mg"] = r.uniform(2000, 3800)
        day_tot["energy_kcal"] = kcal
        meals = [(7.0, 8.8, 0.25), (12.0, 13.5, 0.35), (18.5, 20.5, 0.32)]
        if r.random() < 0.5:
            meals.append((15.5, 16.5, 0.08))
        if r.random() < 0.12:
            meals = r.sample(meals, r.randint(1, 2))
        total_share = sum(m[2] for m in meals) if len(meals) >= 3 else 1.0
        for h0, h1, share in meals:
            t = self.at(d, r.uniform(h0, h1))
            obj: dict[str, Any] = {"type": "meal", "time": self.iso(t)}
            sh = share / total_share
            for k, v in day_tot.items():
                obj[k] = round(v * sh * r.uniform(0.8, 1.2))
            self.emit(t, obj)

    def emit_sleep(self) -> None:
        r = self.rng
        p = self.p
        rate = 0.03
        if self.cause == "sleep_debt":
            rate = r.uniform(16, 28) / self.n
        self.short_nights: list[tuple[int, dt.datetime]] = []
        for d in range(self.n - 1):
            if not (self.active(d) and self.active(d + 1)):
                continue
            short = r.random() < rate
            if short:
                hours = r.uniform(4.0, 5.5)
                bed = p.bed + r.uniform(0.5, 2.2) if r.random() < 0.6 else p.bed + r.gauss(0, 0.3)
                quality = r.randint(1, 3)
            else:
                hours = min(9.3, max(6.6, p.sleep_h + r.gauss(0, 0.45)))
                weekend = (self.d0 + dt.timedelta(days=d)).weekday() >= 4
                bed = p.bed + r.gauss(0, 0.35) + (0.6 if weekend else 0.0)
                quality = r.randint(3, 5)
            tb = self.at(d, bed)
            wake = tb + dt.timedelta(minutes=round(hours * 60))
            logged = r.random() < self.logp(p.sleep_p, d) or (
                short and self.cause == "sleep_debt" and r.random() < 0.6)
            if short:
                self.short_nights.append((d, wake))
            if not logged:
                continue
            obj: dict[str, Any] = {"type": "sleep", "time": self.iso(tb)}
            if p.use_hours:
                obj["hours"] = round(hours, 2)
            else:
                obj["end"] = self.iso(wake)
            if r.random() < 0.6:
                obj["quality"] = quality
            self.emit(tb, obj)

    def emit_medication(self) -> None:
        r = self.rng
        self.med_day = -1
        if self.cause == "medication":
            self.med_day = int(self.n * r.uniform(0.3, 0.6))
            while self.med_day in self.gap:
                self.med_day += 1
            name = r.choice(STATINS if r.random() < 0.6 else THIAZIDES)
            t = self.at(self.med_day, 8.0)
            start: str = (t.date().isoformat() if r.random() < 0.6 else self.iso(t))
            self.emit(t, {"type": "medication", "name": name, "start": start})
        if r.random() < 0.25:
            d = r.randint(-200, self.n - 10)
            t = self.at(d, 8.0)
            obj = {"type": "medication", "name": r.choice(INNOCUOUS_MEDS),
                   "start": t.date().isoformat()}
            self.emit(max(t, self.start), obj)

    # ---------------------------------------------------------------- episodes
    def episode(self, t: dt.datetime, muscle: str, during: str, twitch: bool = False,
                notes: str | None = None) -> dict[str, Any]:
        r = self.rng
        obj: dict[str, Any] = {"type": "episode", "time": self.iso(t),
                               "kind": "twitch" if twitch else "spasm", "muscle": muscle}
        if r.random() < 0.8:
            obj["side"] = wchoice(r, (("left", 4), ("right", 4), ("both", 1)))
        if twitch:
            obj["duration_s"] = r.randint(5, 180)
            obj["pain"] = r.randint(0, 2)
        else:
            obj["duration_s"] = r.choice([r.randint(10, 90), r.randint(60, 600)])
            obj["pain"] = r.randint(3, 9)
        if r.random() < 0.9:
            obj["during"] = during
        if not twitch and r.random() < 0.6:
            k = r.randint(1, 2)
            rel: list[str] = []
            while len(rel) < k:
                m = wchoice(r, RELIEFS)
                if m not in rel:
                    rel.append(m)
            obj["relief"] = rel
            if r.random() < 0.8:
                obj["relieved"] = r.random() < 0.8
        if r.random() < 0.04:
            obj["flags"] = {"swelling": False, "weakness": False}
        if notes:
            obj["notes"] = notes
        return obj

    def session_muscle(self, s: Session) -> str:
        legs = [m for m in s.muscles if m in ("calf", "hamstring", "quadriceps", "foot",
                                               "adductor")]
        if legs and self.rng.random() < 0.75:
            return "calf" if "calf" in legs and self.rng.random() < 0.5 else self.rng.choice(legs)
        return self.rng.choice(s.muscles)

    def session_episode_time(self, s: Session, late_only: bool = False) -> tuple[dt.datetime, str]:
        r = self.rng
        t0 = self.at(s.day, s.hour)
        end = t0 + dt.timedelta(minutes=s.dur)
        x = r.random()
        if x < 0.45:
            return t0 + dt.timedelta(minutes=s.dur * r.uniform(0.6, 0.97)), "exercise"
        if x < 0.85 or late_only:
            return end + dt.timedelta(minutes=r.randint(5, 110)), "after_exercise"
        t = end + dt.timedelta(minutes=r.randint(120, 330))
        return t, ("sleep" if t.hour >= 23 or t.hour < 6 else "rest")

    def plant(self, exposures: list[Any], make: Any, q2: float) -> None:
        """Trigger an episode after each exposure with p in [0.35, 0.7]; 8-15 in total."""
        r = self.rng
        target = r.randint(8, 15)
        if not exposures:
            return
        p = min(0.7, max(0.35, target / (len(exposures) * (1 + q2))))
        counts = [(1 + (r.random() < q2)) if r.random() < p else 0 for _ in exposures]
        order = list(range(len(exposures)))
        r.shuffle(order)
        n_ex = len(exposures)
        for i in order:
            if sum(counts) >= 8 or sum(1 for c in counts if c) >= 0.7 * n_ex:
                break
            if counts[i] == 0:
                counts[i] = 1
        for want in (1, 0):
            for i in order:
                if sum(counts) >= 8:
                    break
                if counts[i] == want:
                    counts[i] += 1
        for drop in (2, 1):
            for i in order:
                if sum(counts) <= 15:
                    break
                if counts[i] == drop:
                    counts[i] -= 1
        self.triggered = (sum(1 for c in counts if c), len(exposures))
        for ex, c in zip(exposures, counts, strict=True):
            for k in range(c):
                t, obj = make(ex, k)
                if self.start <= t < self.stop:
                    self.planted.append((t, obj))

    def plant_sessions(self, exposed: list[Session], q2: float, widespread: bool = False) -> None:
        r = self.rng

        def make(s: Session, k: int) -> tuple[dt.datetime, dict[str, Any]]:
            t, during = self.session_episode_time(s, late_only=k > 0)
            if k > 0 and widespread:
                t = t + dt.timedelta(minutes=r.randint(2, 40))
            muscle = self.session_muscle(s)
            return t, self.episode(t, muscle, during)

        self.plant(exposed, make, q2)

    def plant_periodic(self, days: list[int], twitch_p: float, nightly: float,
                       muscles: tuple[tuple[str, int], ...]) -> None:
        """Episodes spread over exposure days (low intake stretches, after a medicine)."""
        r = self.rng
        days = [d for d in days if self.active(d) and d < self.n - 1]
        target = r.randint(8, 15)
        if not days:
            return
        by_day = {s.day: s for s in self.sessions}
        picked = sorted(r.sample(days, min(target, len(days))))
        for d in picked:
            twitch = r.random() < twitch_p
            x = r.random()
            if x < nightly:
                t = self.at(d, r.uniform(23.2, 29.5))
                during = "sleep"
            elif d in by_day and x < nightly + 0.15:
                s = by_day[d]
                t = self.at(d, s.hour) + dt.timedelta(minutes=s.dur + r.randint(10, 120))
                during = "after_exercise"
            else:
                t = self.at(d, r.uniform(13, 22.5))
                during = "rest"
            muscle = r.choice(["eyelid", "calf"]) if twitch else wchoice(r, muscles)
            if self.start <= t < self.stop:
                self.planted.append((t, self.episode(t, muscle, during, twitch)))

    def plant_sleep(self) -> None:
        r = self.rng
        by_day: dict[int, list[Session]] = {}
        for s in self.sessions:
            by_day.setdefault(s.day, []).append(s)

        def make(ex: tuple[int, dt.datetime], k: int) -> tuple[dt.datetime, dict[str, Any]]:
            d, wake = ex
            nxt = d + 1
            twitch = r.random() < 0.35
            x = r.random()
            if nxt in by_day and x < 0.35:
                s = by_day[nxt][0]
                t, during = self.session_episode_time(s)
                muscle = self.session_muscle(s)
            elif x < 0.75:
                t = wake + dt.timedelta(minutes=r.randint(120, 780))
                during = "rest"
                muscle = wchoice(r, (("calf", 3), ("eyelid", 3), ("quadriceps", 1),
                                     ("hamstring", 1), ("foot", 1)))
            else:
                t = self.at(nxt, r.uniform(23.0, 28.5))
                during = "sleep"
                muscle = wchoice(r, (("calf", 4), ("foot", 2), ("toes", 1), ("hamstring", 1)))
            if muscle == "eyelid":
                twitch = True
            return t, self.episode(t, muscle, during, twitch)

        self.plant(self.short_nights, make, 0.1)

    def background(self, windows: list[tuple[dt.datetime, dt.datetime]]) -> None:
        r = self.rng
        count = r.randint(2, 10)
        spec = ARCHETYPES[self.p.arch]
        free_sessions = [s for s in self.sessions if not s.tags and s.kind == "normal"]
        made = 0
        for _ in range(200):
            if made >= count:
                break
            x = r.random()
            if x < 0.25 and free_sessions:
                s = r.choice(free_sessions)
                t, during = self.session_episode_time(s)
                muscle = self.session_muscle(s)
                twitch = r.random() < 0.15
            else:
                d = r.randrange(self.n)
                if not self.active(d):
                    continue
                if x < 0.6:
                    t, during = self.at(d, r.uniform(23.0, 30.0)), "sleep"
                else:
                    t, during = self.at(d, r.uniform(9.0, 22.5)), "rest"
                twitch = r.random() < 0.25
                muscle = wchoice(r, spec["bg"])
                if twitch and r.random() < 0.5:
                    muscle = "eyelid"
            if not (self.start <= t < self.stop):
                continue
            if any(a <= t <= b for a, b in windows):
                continue
            self.emit(t, self.episode(t, muscle, during, twitch))
            made += 1

    # ---------------------------------------------------------------- assemble
    def build(self) -> BlindJournal:
        r = self.rng
        cause = self.cause
        self.make_person()
        self.make_period()
        self.schedule()
        big: list[Session] = []
        spike: list[Session] = []
        if cause == "muscle_fatigue":
            big = self.add_big_sessions(r.randint(12, 17))
        elif r.random() < 0.35:
            big = self.add_big_sessions(r.randint(1, 2))
        if cause == "training_load_spike":
            spike = self.add_spike_blocks(r.randint(3, 5), (1.6, 2.4))
        elif r.random() < 0.3:
            spike = self.add_spike_blocks(1, (1.4, 1.7))
        self.sessions = [s for s in self.sessions if self.active(s.day)]
        self.sessions.sort(key=lambda s: (s.day, s.hour))
        # natural hot spells in warm months; many for the heat cause
        warm = sorted(range(self.n), key=lambda d: -self.wtemp[d])
        warm_days = [d for d in warm[: max(10, self.n // 3)] if self.wtemp[d] > 17]
        n_spells = r.randint(0, 2)
        if cause == "heat":
            n_spells = r.randint(4, 7)
        for _ in range(n_spells):
            if warm_days:
                self.add_spell(r.choice(warm_days), r.randint(3, 9))
        for s in self.sessions:
            self.set_weather(s)
        if cause == "heat":
            for _ in range(12):
                hot = [s for s in self.sessions
                       if s.outdoor and heat_index(s.temp, s.hum) >= 32]
                if len(hot) >= 20:
                    break
                self.add_spell(r.choice(warm_days or list(range(self.n))), r.randint(4, 9))
                for s in self.sessions:
                    self.set_weather(s)
        for s in self.sessions:
            if s.outdoor and heat_index(s.temp, s.hum) >= 32:
                s.tags.add("hot")
        # session exposures
        usual = self.usual_dur()
        long_warm = [s for s in self.sessions if s.dur >= 120 and s.kind != "big"]
        if cause == "electrolyte_loss":
            share = min(0.7, max(0.4, r.uniform(11, 16) / max(1, len(long_warm))))
            for s in long_warm:
                s.outdoor = True
                s.temp, s.hum = r.uniform(20, 27), r.uniform(30, 55)
                self.moderate(s, 20, 27)
                s.tags.discard("hot")
                s.tags.add("elec" if r.random() < share else "elec_ok")
        else:
            for s in long_warm:
                if heat_index(s.temp, s.hum) > 21 and r.random() < 0.5:
                    s.tags.add("elec_nat")
        candidates = [s for s in self.sessions if s.kind == "normal" and s.dur >= 40
                      and "hot" not in s.tags and s.dur < 120]
        if cause == "dehydration":
            k = min(len(candidates), r.randint(17, 26))
            for s in r.sample(candidates, k):
                s.tags.add("dehy")
                s.dur = max(s.dur, round(usual * r.uniform(0.9, 1.2)))
                self.moderate(s)
        else:
            for s in candidates:
                if r.random() < 0.02:
                    s.tags.add("dehy")
        for s in big + spike:
            if cause in ("muscle_fatigue", "training_load_spike"):
                self.moderate(s)
                s.tags.discard("hot")
        for s in self.sessions:
            self.plan_fluid(s)
            if "dehy" in s.tags and cause == "dehydration":
                s.weigh = r.random() < 0.88
            else:
                s.weigh = r.random() < self.logp(self.p.weigh_p, s.day)
        self.plan_nutrition()
        # emit profile
        p = self.p
        profile: dict[str, Any] = {"type": "profile", "sex": p.sex,
                                   "birth_year": self.d0.year - p.age,
                                   "body_mass_kg": round(p.mass, 1), "timezone": p.tz}
        if r.random() < 0.8:
            profile["height_cm"] = round(p.height)
        if p.sex == "female" and p.age < 45 and r.random() < 0.3:
            profile["pregnant"] = False
        self.emit_daily()
        self.emit_sleep()
        self.emit_medication()
        # planted episodes
        windows: list[tuple[dt.datetime, dt.datetime]] = []

        def sess_window(s: Session) -> tuple[dt.datetime, dt.datetime]:
            t0 = self.at(s.day, s.hour)
            return t0, t0 + dt.timedelta(minutes=s.dur + 24 * 60)

        if cause == "dehydration":
            ex = [s for s in self.sessions if "dehy" in s.tags]
            self.plant_sessions(ex, 0.15)
            windows = [sess_window(s) for s in ex]
        elif cause == "electrolyte_loss":
            ex = [s for s in self.sessions if "elec" in s.tags]
            self.plant_sessions(ex, 0.25, widespread=True)
            windows = [sess_window(s) for s in ex]
        elif cause == "muscle_fatigue":
            self.plant_sessions(big, 0.25)
            windows = [sess_window(s) for s in big]
        elif cause == "training_load_spike":
            self.plant_sessions(spike, 0.1)
            windows = list(self.block_windows)
        elif cause == "heat":
            ex = [s for s in self.sessions if "hot" in s.tags]
            self.plant_sessions(ex, 0.2)
            windows = [sess_window(s) for s in ex]
        elif cause == "sleep_debt":
            self.plant_sleep()
            windows = [(w, w + dt.timedelta(hours=40)) for _d, w in self.short_nights]
        elif cause == "nutrient_deficiency":
            self.plant_periodic(sorted(self.low_days), 0.2, 0.55,
                                (("calf", 5), ("foot", 2), ("toes", 2), ("hamstring", 1),
                                 ("quadriceps", 1)))
        elif cause == "medication":
            self.plant_periodic(list(range(self.med_day + r.randint(4, 12), self.n)), 0.1,
                                0.5, (("calf", 5), ("quadriceps", 2), ("hamstring", 2),
                                      ("foot", 2)))
        planted = 0
        for t, obj in self.planted:
            before = len(self.objs)
            self.emit(t, obj)
            planted += len(self.objs) - before
        self.background(windows)
        self.objs.sort(key=lambda x: (x[0], x[1]))
        prof = profile if not p.use_ids else {"id": "cpr-00000", **profile}
        objects = [prof] + [o for _t, _i, o in self.objs]
        return BlindJournal(cause=cause, objects=objects, start=self.start, stop=self.stop,
                            planted_episodes=planted)


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    """One synthetic journal with ``cause`` planted (or none), deterministic in ``seed``."""
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}")
    return Gen(cause, seed).build()
