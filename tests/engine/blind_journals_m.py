"""Blind synthetic cramp journals, generator M: the physiotherapist's patient diary.

Point of view
-------------
A physiotherapist has asked a patient to keep a diary between appointments.  Because the physio
asked, episodes are logged carefully: muscle, side, duration, pain, what the person was doing
(``during``), relief tried, whether it worked, and the red-flag questions the physio taught them
(answered, all "no").  Workouts are typed by hand: activity and duration always, session RPE
usually, temperature sometimes, muscle groups sometimes, distance for runs and rides.  There are
drinks around some workouts, occasional weighing (morning, and before/after some sessions), sleep
on most nights typed by hand (rounded to half hours), full days of meals on some days with USDA
SR28 food names, supplements, and medicines (start and end dates).

The seed picks the person (``seed % 6``):

0. a middle-aged parkrunner coming back from a calf injury (rehab strength, easy runs, Saturday
   parkrun, Sunday long run; running volume ramps up over the first six weeks);
1. a shift-working nurse who plays netball (rotating day / night roster; trains and plays only when
   off; short day-time sleeps after night shifts);
2. a teenage sprinter (track sessions, gym, Saturday meets or time trials);
3. a retired cyclist on several long-standing medicines (ramipril, metformin, aspirin ...), who also
   walks and does Pilates, and has frequent background night cramps as older people do;
4. a CrossFit enthusiast (mostly early-morning WODs in a garage box without air-con, runs, rows,
   occasional long hikes);
5. a farm worker who walks and lifts all day (logged as ``other``, "farm work") and jogs at the
   weekend.

Climate, season, body size, sweat rate, sweat sodium, usual sleep and diet are drawn per person.
Noise that is always present: background episodes unrelated to any exposure (night calf/foot
cramps, much more for the older people; eyelid and calf twitches; spasms at rest in other muscles;
cramps during or after randomly chosen workouts), unrelated medicines (antihistamines, short
antibiotic or ibuprofen courses, the cyclist's long-standing tablets), supplements, a holiday or
illness break, and the natural co-variation of exposures (hot days make more sweat; long sessions
are also the sessions with the largest sodium losses; the nurse's night shifts shorten her sleep).

US-based people type imperial units as strings ("20 oz", "172.4 lb", "86 degF"), as journal.md
allows; everyone else uses ml, kg and degC.

Episode counts: background episodes are about 0.5 - 1 a month (2 - 7 per journal); a planted
journal adds about 6 - 17 planted episodes (limited to at most ~70 % of the exposed units), so a
planted journal typically has 12 - 22 episodes (8 - 24 over many seeds, median ~16), of which
60 - 90 % (median ~80 %) are planted.  ``cause=None`` gives 10 - 16 episodes, all background.

How each cause is planted (from evidence.md and vocabulary.md)
--------------------------------------------------------------
Planted episodes are put on a random subset (weighted by how strong the exposure is, never all) of
the exposed units; the unit is a workout for the session causes and a day for the others.  Other
exposures keep their natural rates and carry no extra risk.

* ``dehydration`` (fluid deficit, >= 2 % body-mass loss over a session, low intake vs sweat): the
  person is a heavy sweater who weighs before and after most sessions and logs what they drink.  On
  a fraction of the sessions long and sweaty enough they forget their bottle or barely drink, so
  the logged post-session mass is 2.2 - 4 % below the pre-session mass; on the other sessions they
  drink 55 - 95 % of their sweat.  The journal runs spring to autumn (mild to warm, not centred on
  high summer) and has extra long sessions most weeks.  Dry sessions are chosen regardless of the
  weather (slightly favouring mild days and sessions under ~95 min, so neither heat nor very long,
  salty sessions explain them).  Cramps come late in or after the dry sessions, in the working
  muscles.
* ``electrolyte_loss`` (large sweat sodium loss not replaced, long sweaty sessions on plain water):
  the person is a "salty sweater" (1150 - 1500 mg sodium per litre of sweat) with one or two
  long sessions a week (long run, hike, carnival day, long ride, training-camp session; the
  farm worker's work days are long already); the journal runs spring to autumn.  They drink
  enough (body mass stays within ~1.5 %), but on some long sessions only plain water (sometimes
  more than they sweat), and on others an electrolyte drink, ORS or salt capsules (logged as
  supplements with sodium_mg).  Cramps follow long plain-water sessions with a large sodium
  deficit, sometimes in more than one muscle ("cramps all over"), not the long sessions where
  sodium was replaced, whatever the weather.
* ``muscle_fatigue`` (a session unusually long or hard for this person, or the same group on
  consecutive days without a rest day): in about 60 % of weeks one session becomes unusually long
  or hard (PB attempt, sportive, double-header, "Murph", a 13-hour silage day, a trail race) and
  usually another session that week is dropped so weekly load barely moves (acute:chronic stays
  well under 1.5); in some other weeks a session is repeated on the next day.  Muscle groups and
  RPE are logged on most sessions.  Cramps come late in, after, or the night after those
  sessions, mostly the unusual ones, in a worked (or twice-worked) muscle.
* ``training_load_spike`` (acute:chronic load above about 1.5): one to three blocks of 10 - 18
  days (running holiday, tournament week on annual leave, pre-season camp, cycling holiday,
  the Open with two-a-days, harvest) with roughly double the weekly session-RPE load (more
  sessions, each somewhat longer, RPE about normal), starting after 4 - 5 weeks of ordinary
  training.  RPE is logged on nearly all sessions.  Cramps come in sessions (and some nights)
  where the 7-day load is >= 1.5 x the 28-day weekly average.
* ``heat`` (hot and/or humid during the session): the person lives somewhere warm and the journal
  spans the summer (plus heat waves; the CrossFit box is a garage that follows the outdoor
  temperature).  Temperature is logged on all warm sessions and about half of the others, humidity
  when it is muggy.  They drink reasonably and sessions are of normal length, so mass loss and
  sodium loss stay modest.  Cramps come in or after sessions at >= 28 degC, or >= 25 degC with
  humidity >= 65 %.
* ``nutrient_deficiency`` (usual intake of magnesium, potassium or calcium well below reference):
  the journal has a low-intake phase (night shifts and vending machines, a crash diet, living on
  tea and toast, a "carnivore" phase ...) of refined, dairy-free meals giving well under half the
  reference intakes, and an adequate phase (before, or after a dietitian referral, with a
  magnesium supplement).  Full days of meals are logged on about 65 % of days in both phases.
  Twitches, night and rest cramps (also hands and feet) and some exercise cramps cluster in the
  low phase (from ~10 days in until about a week after it ends).
* ``sleep_debt`` (short sleep before the episode compared with the person's usual): short nights
  (1.5 - 3.5 h below usual: exams, a new baby, lambing, work stress; the nurse also has her
  post-night-shift day sleeps) are frequent and nearly always logged.  Cramps in that day's session,
  eyelid and calf twitches and rest spasms come in the 16 hours after waking from a short sleep.
* ``medication`` (a medicine known to cause cramps started before the episodes began): a medicine
  from evidence.md 2.10 (thiazide or thiazide-like diuretic, potassium-sparing diuretic, LABA
  inhaler, statin, naproxen, raloxifene) is started 30 - 55 % into the journal, logged with its
  start date (and, in some journals, an end date when the GP switches it).  From 5 - 21 days after
  the start, mostly nocturnal calf/foot/hamstring cramps plus some rest and exercise cramps
  appear at a much higher rate, fading a week after it is stopped.
"""

from __future__ import annotations

import math
import random
import statistics
from dataclasses import dataclass, field
from typing import Any, TypeVar
from datetime import date, datetime, timedelta, timezone, tzinfo
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

UTC = timezone.utc

Obj = dict[str, Any]
_T = TypeVar("_T")


@dataclass
class BlindJournal:
    cause: str | None
    objects: list[dict[str, Any]]
    start: datetime
    stop: datetime


# --------------------------------------------------------------------------------------------
# People and places
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Climate:
    tz: str
    winter_max: float
    summer_max: float
    humidity: float
    southern: bool
    imperial: bool


CLIMATES: dict[str, Climate] = {
    "Europe/London": Climate("Europe/London", 8, 23, 72, False, False),
    "America/New_York": Climate("America/New_York", 4, 29, 66, False, True),
    "Australia/Brisbane": Climate("Australia/Brisbane", 22, 30, 66, True, False),
    "Australia/Sydney": Climate("Australia/Sydney", 17, 27, 67, True, False),
    "Pacific/Auckland": Climate("Pacific/Auckland", 15, 24, 76, True, False),
    "America/Chicago": Climate("America/Chicago", 1, 29, 66, False, True),
    "Europe/Amsterdam": Climate("Europe/Amsterdam", 6, 23, 76, False, False),
    "America/Denver": Climate("America/Denver", 7, 31, 35, False, True),
    "Australia/Adelaide": Climate("Australia/Adelaide", 15, 30, 42, True, False),
    "America/Phoenix": Climate("America/Phoenix", 19, 40, 25, False, True),
    "Australia/Perth": Climate("Australia/Perth", 18, 31, 45, True, False),
    "Europe/Dublin": Climate("Europe/Dublin", 8, 20, 80, False, False),
    "Houston": Climate("America/Chicago", 17, 34, 72, False, True),
}


@dataclass(frozen=True)
class Persona:
    key: str
    age: tuple[int, int]
    female_prob: float
    climates: tuple[str, ...]
    bed_hour: float
    sleep_hours: float
    short_prob: float
    bg_rate: float
    bg_mix: tuple[tuple[str, float], ...]
    portion: float


PERSONAS: tuple[Persona, ...] = (
    Persona(
        key="parkrunner",
        age=(44, 58),
        female_prob=0.5,
        climates=("Europe/London", "America/New_York", "Australia/Brisbane", "Europe/Amsterdam"),
        bed_hour=22.5,
        sleep_hours=7.0,
        short_prob=0.06,
        bg_rate=0.65,
        bg_mix=(("sleep", 0.35), ("twitch", 0.25), ("rest", 0.15), ("exercise", 0.25)),
        portion=1.0,
    ),
    Persona(
        key="nurse",
        age=(27, 44),
        female_prob=1.0,
        climates=("Australia/Sydney", "Pacific/Auckland", "Europe/London", "Australia/Brisbane"),
        bed_hour=23.0,
        sleep_hours=7.5,
        short_prob=0.05,
        bg_rate=0.6,
        bg_mix=(("sleep", 0.25), ("twitch", 0.35), ("rest", 0.15), ("exercise", 0.25)),
        portion=0.95,
    ),
    Persona(
        key="sprinter",
        age=(15, 18),
        female_prob=0.45,
        climates=("America/Chicago", "Europe/London", "Houston"),
        bed_hour=22.5,
        sleep_hours=8.0,
        short_prob=0.08,
        bg_rate=0.5,
        bg_mix=(("sleep", 0.1), ("twitch", 0.3), ("rest", 0.15), ("exercise", 0.45)),
        portion=1.15,
    ),
    Persona(
        key="cyclist",
        age=(66, 77),
        female_prob=0.25,
        climates=("Europe/Amsterdam", "America/Denver", "Australia/Adelaide"),
        bed_hour=22.0,
        sleep_hours=7.0,
        short_prob=0.10,
        bg_rate=0.95,
        bg_mix=(("sleep", 0.6), ("twitch", 0.12), ("rest", 0.13), ("exercise", 0.15)),
        portion=0.9,
    ),
    Persona(
        key="crossfit",
        age=(24, 38),
        female_prob=0.4,
        climates=("America/Denver", "America/Phoenix", "Australia/Perth"),
        bed_hour=21.75,
        sleep_hours=7.0,
        short_prob=0.07,
        bg_rate=0.55,
        bg_mix=(("sleep", 0.15), ("twitch", 0.3), ("rest", 0.15), ("exercise", 0.4)),
        portion=1.1,
    ),
    Persona(
        key="farm",
        age=(36, 56),
        female_prob=0.1,
        climates=("Europe/Dublin", "America/Chicago", "Pacific/Auckland"),
        bed_hour=21.75,
        sleep_hours=7.0,
        short_prob=0.08,
        bg_rate=0.7,
        bg_mix=(("sleep", 0.4), ("twitch", 0.2), ("rest", 0.2), ("exercise", 0.2)),
        portion=1.25,
    ),
)


@dataclass
class Person:
    persona: Persona
    sex: str
    birth_year: int
    mass: float
    height: float
    climate: Climate
    tz: tzinfo
    sweat_base: float
    sweat_na: float
    usual_sleep: float


# --------------------------------------------------------------------------------------------
# Internal records
# --------------------------------------------------------------------------------------------


@dataclass
class Session:
    day: int
    start: datetime
    duration: float
    activity: str
    rpe: float
    muscles: list[str]
    outdoor: bool
    tag: str
    speed: float | None = None
    notes: str | None = None
    temp: float = 20.0
    humidity: float = 50.0
    sweat_l: float = 0.0
    drinks: list[tuple[float, float, str]] = field(default_factory=list)
    capsules_mg: float = 0.0
    post_drink: tuple[float, float, str] | None = None
    weighed: bool = False
    pre_kg: float = 0.0
    post_kg: float = 0.0
    log_fluids: bool = False
    log_rpe: bool = True
    log_temp: bool = False
    log_hum: bool = False
    log_muscles: bool = False
    logged_muscles: list[str] = field(default_factory=list)
    log_dist: bool = False
    hr: int | None = None
    warm_up: int | None = None
    big: bool = False
    dry: bool = False
    long: bool = False
    salt_plan: bool = False

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration)

    @property
    def load(self) -> float:
        return self.duration * self.rpe

    @property
    def intake_ml(self) -> float:
        return sum(ml for _, ml, _ in self.drinks)

    @property
    def na_in(self) -> float:
        return sum(ml / 1000 * DRINK_NA[d] for _, ml, d in self.drinks) + self.capsules_mg

    @property
    def loss_pct(self) -> float:
        if self.pre_kg <= 0:
            return 0.0
        return (self.pre_kg - self.post_kg) / self.pre_kg * 100


@dataclass
class Sleep:
    bed: datetime
    hours: float
    logged: bool
    quality: int | None
    use_end: bool

    @property
    def wake(self) -> datetime:
        return self.bed + timedelta(hours=self.hours)


@dataclass
class Ep:
    time: datetime
    kind: str
    muscle: str
    side: str | None
    duration_s: int
    pain: int
    during: str
    relief: list[str]
    relieved: bool | None
    flags: dict[str, bool] | None
    notes: str | None
    planted: bool


DRINK_NA: dict[str, float] = {
    "water": 0,
    "sports_drink": 460,
    "electrolyte_drink": 1000,
    "ors": 1725,
    "coconut_water": 250,
    "milk": 430,
    "juice": 50,
    "coffee": 20,
    "tea": 10,
    "soft_drink": 100,
    "beer": 40,
    "other": 0,
}


@dataclass
class Ctx:
    rng: random.Random
    cause: str | None
    person: Person
    start: date
    n_days: int
    tmax: list[float] = field(default_factory=list)
    rh: list[float] = field(default_factory=list)
    roster: list[str] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    sleeps: list[Sleep] = field(default_factory=list)
    episodes: list[Ep] = field(default_factory=list)
    low_day: list[bool] = field(default_factory=list)
    meal_day: list[bool] = field(default_factory=list)
    mass_day: list[float] = field(default_factory=list)
    break_days: set[int] = field(default_factory=set)
    spike_days: set[int] = field(default_factory=set)
    low_phase: tuple[int, int] = (0, 0)
    med_start: int = -1
    med_end: int | None = None
    med_name: str = ""
    story: str = ""
    k_target: int = 0
    by_day: dict[int, list[Session]] = field(default_factory=dict)
    by_day_n: list[int] = field(default_factory=list)

    def at(self, day: int, hour: float) -> datetime:
        d = self.start + timedelta(days=day)
        local = datetime(d.year, d.month, d.day, tzinfo=self.person.tz) + timedelta(hours=hour)
        return local.astimezone(UTC)

    def local(self, t: datetime) -> datetime:
        return t.astimezone(self.person.tz)

    def day_of(self, t: datetime) -> int:
        return (self.local(t).date() - self.start).days


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def _r5(x: float) -> float:
    return 5 * round(x / 5)


def _half(x: float) -> float:
    return round(x * 2) / 2


def _wchoice(
    rng: random.Random, pairs: tuple[tuple[str, float], ...] | list[tuple[str, float]]
) -> str:
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def _wsample(rng: random.Random, items: list[_T], weights: list[float], k: int) -> list[_T]:
    """Weighted sampling without replacement (Efraimidis-Spirakis keys)."""
    keyed = [(rng.random() ** (1.0 / max(w, 1e-6)), i) for i, w in enumerate(weights)]
    keyed.sort(reverse=True)
    return [items[i] for _, i in keyed[:k]]


_MUSCLE_W = {
    "calf": 3.0,
    "hamstring": 2.5,
    "quadriceps": 2.0,
    "foot": 1.0,
    "toes": 0.6,
    "adductor": 0.8,
    "glute": 0.5,
    "forearm": 0.9,
    "hand": 0.9,
    "abdomen": 0.6,
    "lower_back": 0.5,
    "shoulder": 0.4,
    "upper_back": 0.3,
    "triceps": 0.4,
    "biceps": 0.4,
    "chest": 0.3,
    "shin": 0.6,
    "hip_flexor": 0.5,
    "fingers": 0.6,
}


def _pick_muscle(rng: random.Random, muscles: list[str]) -> str:
    if not muscles:
        return "calf"
    return _wchoice(rng, [(m, _MUSCLE_W.get(m, 0.4)) for m in muscles])


def _diurnal(hour: float) -> float:
    """1 at 15:00, 0 at 03:00."""
    return 0.5 * (1 + math.cos(2 * math.pi * (hour - 15) / 24))


# --------------------------------------------------------------------------------------------
# Person, calendar, weather
# --------------------------------------------------------------------------------------------


def _make_person(rng: random.Random, persona: Persona, cause: str | None) -> Person:
    if cause == "heat":
        options = [c for c in persona.climates if CLIMATES[c].summer_max >= 27] or list(
            persona.climates
        )
    else:
        options = list(persona.climates)
    climate = CLIMATES[rng.choice(options)]
    female = rng.random() < persona.female_prob
    sex = "female" if female else "male"
    age = rng.randint(*persona.age)
    if persona.key == "sprinter":
        mass = rng.uniform(52, 64) if female else rng.uniform(60, 76)
    elif female:
        mass = rng.uniform(56, 78)
    else:
        mass = rng.uniform(68, 92)
    height = rng.uniform(158, 176) if female else rng.uniform(170, 190)
    try:
        tz: tzinfo = ZoneInfo(climate.tz)
    except Exception:  # pragma: no cover - no tz database
        tz = timezone(timedelta(hours=0))
    sweat_base = rng.uniform(0.8, 1.15)
    sweat_na = rng.uniform(500, 900)
    if cause == "dehydration":
        sweat_base = rng.uniform(1.35, 1.6)
        sweat_na = rng.uniform(450, 750)
    elif cause == "electrolyte_loss":
        sweat_base = rng.uniform(1.15, 1.4)
        sweat_na = rng.uniform(1150, 1500)
    usual = persona.sleep_hours + rng.uniform(-0.4, 0.4)
    return Person(
        persona,
        sex,
        2025 - age,
        round(mass, 1),
        round(height),
        climate,
        tz,
        sweat_base,
        sweat_na,
        usual,
    )


def _choose_calendar(rng: random.Random, person: Person, cause: str | None) -> tuple[date, int]:
    n_days = rng.randint(60, 240)
    if cause == "heat":
        peak_month_day = (1, 20) if person.climate.southern else (7, 20)
        year = 2025 if person.climate.southern else 2024
        peak = date(year, *peak_month_day)
        start = peak - timedelta(days=int(n_days * rng.uniform(0.35, 0.6)))
    elif cause in ("dehydration", "electrolyte_loss"):
        # spring to autumn, centred away from the peak of summer: mild weather, real sweating
        peak = date(
            2025 if person.climate.southern else 2024,
            *((1, 20) if person.climate.southern else (7, 20)),
        )
        centre = peak + timedelta(days=rng.choice([-1, 1]) * rng.randint(45, 75))
        start = centre - timedelta(days=n_days // 2)
    else:
        lo = date(2023, 9, 1)
        latest = date(2025, 10, 31) - timedelta(days=n_days)
        start = lo + timedelta(days=rng.randint(0, (latest - lo).days))
    return start, n_days


def _make_weather(ctx: Ctx) -> None:
    rng, cl = ctx.rng, ctx.person.climate
    mean = (cl.winter_max + cl.summer_max) / 2
    amp = (cl.summer_max - cl.winter_max) / 2
    peak_doy = 20 if cl.southern else 201
    noise = rng.gauss(0, 2.5)
    wave = 0
    hot_bonus = 0.0
    for i in range(ctx.n_days):
        d = ctx.start + timedelta(days=i)
        doy = d.timetuple().tm_yday
        seasonal = mean + amp * math.cos(2 * math.pi * (doy - peak_doy) / 365.25)
        noise = 0.7 * noise + rng.gauss(0, 2.2)
        summerish = math.cos(2 * math.pi * (doy - peak_doy) / 365.25) > 0.5
        if wave == 0 and summerish and rng.random() < (0.05 if ctx.cause == "heat" else 0.025):
            wave = rng.randint(3, 6)
            hot_bonus = rng.uniform(4, 7)
        bonus = hot_bonus if wave > 0 else 0.0
        if wave > 0:
            wave -= 1
        ctx.tmax.append(round(seasonal + noise + bonus, 1))
        ctx.rh.append(min(95.0, max(15.0, cl.humidity + rng.gauss(0, 9))))


def _conditions(ctx: Ctx, s: Session) -> tuple[float, float]:
    local = ctx.local(s.start)
    hour = local.hour + local.minute / 60 + min(s.duration, 240) / 120
    t_out = ctx.tmax[s.day] - 9 * (1 - _diurnal(hour))
    rh_out = min(98.0, max(12.0, ctx.rh[s.day] + 16 * (1 - _diurnal(hour)) - 8))
    if s.outdoor:
        return t_out, rh_out
    if ctx.person.persona.key == "crossfit" and s.activity in ("crossfit", "rowing", "strength"):
        return max(17.0, t_out - 1.0), min(85.0, rh_out * 0.9)  # garage box, no air-con
    return ctx.rng.uniform(19, 23), ctx.rng.uniform(38, 55)


# --------------------------------------------------------------------------------------------
# Training plans, per persona
# --------------------------------------------------------------------------------------------

_RUN = ["calf", "quadriceps", "hamstring"]
_SPRINT = ["hamstring", "calf", "glute", "quadriceps"]
_RIDE = ["quadriceps", "calf", "glute", "hamstring"]
_NETBALL = ["calf", "quadriceps", "hamstring", "foot"]
_WODS: tuple[tuple[str, list[str]], ...] = (
    ("thrusters and pull-ups", ["quadriceps", "shoulder", "upper_back", "forearm"]),
    ("deadlifts and box jumps", ["hamstring", "glute", "lower_back", "calf"]),
    ("wall balls and rowing", ["quadriceps", "shoulder", "upper_back"]),
    ("double-unders and burpees", ["calf", "chest", "shoulder", "quadriceps"]),
    ("cleans and toes-to-bar", ["hamstring", "quadriceps", "abdomen", "forearm"]),
    ("squats and lunges", ["quadriceps", "glute", "adductor", "hamstring"]),
    ("handstands and dips", ["shoulder", "triceps", "chest"]),
)
_FARM_JOBS: tuple[tuple[str, list[str]], ...] = (
    ("fencing", ["shoulder", "forearm", "hand", "lower_back"]),
    ("feeding stock, carrying buckets", ["forearm", "hand", "lower_back", "calf"]),
    ("moving bales", ["lower_back", "hamstring", "forearm", "quadriceps"]),
    ("walking the fields, checking stock", ["calf", "quadriceps", "foot"]),
    ("mucking out", ["lower_back", "forearm", "shoulder", "upper_back"]),
    ("tractor work and repairs", ["lower_back", "hand", "neck"]),
)


def _mk(
    ctx: Ctx,
    day: int,
    hour: float,
    dur: float,
    activity: str,
    rpe: float,
    muscles: list[str],
    outdoor: bool,
    tag: str,
    speed: float | None = None,
    notes: str | None = None,
) -> Session:
    rng = ctx.rng
    hour = round((hour + rng.uniform(-0.25, 0.25)) * 4) / 4
    dur = max(10.0, _r5(dur * rng.uniform(0.88, 1.12)))
    rpe = min(10.0, max(1.0, rpe + rng.gauss(0, 0.6)))
    return Session(
        day, ctx.at(day, hour), dur, activity, rpe, list(muscles), outdoor, tag, speed, notes
    )


def _plan_day(ctx: Ctx, i: int) -> list[Session]:
    key = ctx.person.persona.key
    wd = (ctx.start + timedelta(days=i)).weekday()
    r = ctx.rng.random
    out: list[Session] = []
    if key == "parkrunner":
        ramp = min(1.0, 0.6 + 0.4 * i / 42)
        if wd == 0 and r() < 0.75:
            out.append(
                _mk(
                    ctx,
                    i,
                    18.5,
                    30,
                    "strength",
                    4,
                    ["glute", "calf", "quadriceps"],
                    False,
                    "rehab",
                    notes="physio rehab exercises" if r() < 0.3 else None,
                )
            )
        if wd == 1 and r() < 0.85:
            out.append(_mk(ctx, i, 18.5, 35 * ramp, "running", 5, _RUN, True, "easy", 10.0))
        if wd == 3 and r() < 0.8:
            out.append(
                _mk(
                    ctx,
                    i,
                    18.5,
                    38 * ramp,
                    "running",
                    6.5,
                    _RUN,
                    True,
                    "intervals",
                    10.5,
                    notes="intervals" if r() < 0.4 else None,
                )
            )
        if wd == 5 and r() < 0.9 and (i > 14 or r() < 0.5):
            s = _mk(ctx, i, 9.0, 29, "running", 7.5, _RUN, True, "parkrun", 10.4, notes="parkrun")
            out.append(s)
        if wd == 6 and r() < 0.7:
            out.append(_mk(ctx, i, 9.5, 55 * ramp, "running", 5, _RUN, True, "long", 9.6))
        if wd == 2 and r() < 0.3:
            out.append(_mk(ctx, i, 12.5, 40, "walking", 2, ["calf"], True, "walk", 5.0))
    elif key == "nurse":
        sh, prev = ctx.roster[i], ctx.roster[i - 1] if i > 0 else "O"
        free = sh == "O" and prev != "N"
        if wd in (1, 2) and sh == "O" and r() < 0.8:
            out.append(
                _mk(
                    ctx,
                    i,
                    19.0,
                    90,
                    "team_sport",
                    6,
                    _NETBALL,
                    True,
                    "training",
                    notes="netball training",
                )
            )
        if wd == 5 and sh != "D" and prev != "N" and r() < 0.9:
            out.append(
                _mk(
                    ctx,
                    i,
                    10.0,
                    60,
                    "team_sport",
                    7.5,
                    _NETBALL,
                    True,
                    "match",
                    notes="netball match",
                )
            )
        elif wd in (0, 3, 4, 6) and sh in ("O", "N") and prev != "N" and r() < 0.5:
            out.append(
                _mk(
                    ctx,
                    i,
                    15.5,
                    45,
                    "strength",
                    6,
                    ["glute", "quadriceps", "hamstring", "shoulder"],
                    False,
                    "gym",
                )
            )
        elif free and r() < 0.35:
            out.append(_mk(ctx, i, 8.0, 35, "running", 5.5, _RUN, True, "run", 10.0))
        if wd == 6 and free and r() < 0.3:
            out.append(_mk(ctx, i, 11.0, 60, "walking", 2.5, ["calf"], True, "walk", 5.2))
    elif key == "sprinter":
        if wd in (0, 2) and r() < 0.88:
            out.append(
                _mk(
                    ctx,
                    i,
                    16.5,
                    90,
                    "running",
                    7,
                    _SPRINT,
                    True,
                    "track",
                    7.0,
                    notes="track session" if r() < 0.3 else None,
                )
            )
        if wd == 1 and r() < 0.8:
            out.append(
                _mk(
                    ctx,
                    i,
                    16.5,
                    60,
                    "strength",
                    6.5,
                    ["quadriceps", "glute", "hamstring", "abdomen"],
                    False,
                    "gym",
                )
            )
        if wd == 3 and r() < 0.85:
            out.append(
                _mk(
                    ctx,
                    i,
                    16.5,
                    75,
                    "running",
                    8,
                    _SPRINT,
                    True,
                    "speed",
                    7.0,
                    notes="speed work, blocks" if r() < 0.3 else None,
                )
            )
        if wd == 4 and r() < 0.5:
            out.append(
                _mk(ctx, i, 16.5, 40, "running", 4, ["calf", "hamstring"], True, "easy", 9.0)
            )
        if wd == 5:
            if r() < 0.45:
                out.append(
                    _mk(
                        ctx,
                        i,
                        10.0,
                        50,
                        "running",
                        9,
                        _SPRINT,
                        True,
                        "meet",
                        notes="meet: 100 m and 200 m",
                    )
                )
            elif r() < 0.5:
                out.append(_mk(ctx, i, 10.0, 60, "running", 6, _SPRINT, True, "squad", 7.0))
    elif key == "cyclist":
        cold = ctx.tmax[i] < 7
        if wd == 1 and r() < 0.85:
            out.append(
                _mk(
                    ctx,
                    i,
                    9.5,
                    100 if not cold else 60,
                    "cycling",
                    5,
                    _RIDE,
                    not cold,
                    "ride",
                    23.0,
                    notes="turbo trainer in the garage" if cold else None,
                )
            )
        if wd == 3 and r() < 0.8:
            out.append(
                _mk(
                    ctx,
                    i,
                    9.5,
                    85 if not cold else 55,
                    "cycling",
                    5.5,
                    _RIDE,
                    not cold,
                    "ride",
                    23.0,
                )
            )
        if wd == 5 and r() < 0.85:
            out.append(
                _mk(
                    ctx,
                    i,
                    8.5,
                    170,
                    "cycling",
                    6,
                    _RIDE,
                    True,
                    "club",
                    25.0,
                    notes="club ride" if r() < 0.5 else None,
                )
            )
        if wd == 2 and r() < 0.7:
            out.append(
                _mk(
                    ctx,
                    i,
                    10.0,
                    50,
                    "pilates",
                    3,
                    ["abdomen", "lower_back", "glute"],
                    False,
                    "pilates",
                )
            )
        if wd in (4, 6) and r() < 0.55:
            out.append(_mk(ctx, i, 10.5, 55, "walking", 3, ["calf"], True, "walk", 5.0))
    elif key == "crossfit":
        if wd in (0, 1, 3, 4) and r() < 0.85:
            wod, mus = ctx.rng.choice(_WODS)
            out.append(
                _mk(
                    ctx,
                    i,
                    6.0 if r() < 0.7 else 17.5,
                    60,
                    "crossfit",
                    7.5,
                    mus,
                    False,
                    "wod",
                    notes=wod if r() < 0.6 else None,
                )
            )
        if wd == 5 and r() < 0.8:
            wod, mus = ctx.rng.choice(_WODS)
            out.append(
                _mk(ctx, i, 9.0, 75, "crossfit", 8, mus, False, "wod", notes="partner WOD: " + wod)
            )
        if wd == 2 and r() < 0.5:
            if r() < 0.5:
                out.append(_mk(ctx, i, 18.0, 30, "running", 6, _RUN, True, "run", 11.0))
            else:
                out.append(
                    _mk(
                        ctx,
                        i,
                        18.0,
                        30,
                        "rowing",
                        6,
                        ["upper_back", "quadriceps", "biceps"],
                        False,
                        "row",
                    )
                )
        if wd == 6 and r() < 0.25:
            out.append(
                _mk(
                    ctx,
                    i,
                    8.0,
                    150,
                    "hiking",
                    4,
                    ["calf", "quadriceps", "glute"],
                    True,
                    "hike",
                    4.0,
                )
            )
    elif key == "farm":
        doy = (ctx.start + timedelta(days=i)).timetuple().tm_yday
        season = 1 + 0.12 * math.cos(2 * math.pi * (doy - 200) / 365.25)
        if wd < 5 and r() < 0.95:
            job, mus = ctx.rng.choice(_FARM_JOBS)
            out.append(
                _mk(
                    ctx,
                    i,
                    7.0,
                    480 * season,
                    "other",
                    4,
                    mus,
                    True,
                    "work",
                    notes="farm work: " + job,
                )
            )
        if wd == 5 and r() < 0.65:
            job, mus = ctx.rng.choice(_FARM_JOBS)
            out.append(
                _mk(ctx, i, 7.0, 240, "other", 4, mus, True, "work", notes="farm work: " + job)
            )
        if (wd == 5 and r() < 0.35) or (wd == 6 and r() < 0.6):
            out.append(
                _mk(ctx, i, 16.0 if wd == 5 else 9.0, 35, "running", 5.5, _RUN, True, "jog", 9.0)
            )
    return out


def _variant(ctx: Ctx, kind: str, day: int) -> Session:
    """Persona-specific special sessions: 'long' (long sweaty), 'big' (unusually long/hard),
    'extra' (additional session in a spike block)."""
    key = ctx.person.persona.key
    rng = ctx.rng
    if key == "parkrunner":
        if kind == "long":
            return _mk(
                ctx,
                day,
                8.5,
                rng.uniform(95, 130),
                "running",
                5.5,
                _RUN,
                True,
                "longlong",
                9.5,
                notes="long run, half-marathon plan",
            )
        if kind == "big":
            if rng.random() < 0.5:
                return _mk(
                    ctx,
                    day,
                    9.0,
                    27,
                    "running",
                    9.6,
                    _RUN,
                    True,
                    "parkrun",
                    11.2,
                    notes="parkrun, went for a PB",
                )
            return _mk(
                ctx,
                day,
                9.0,
                100,
                "running",
                7.5,
                _RUN,
                True,
                "long",
                10.0,
                notes="long run with the fast group",
            )
        return _mk(ctx, day, 7.0, 45, "running", 5.5, _RUN, True, "extra", 10.0)
    if key == "nurse":
        if kind == "long":
            if rng.random() < 0.5:
                return _mk(
                    ctx,
                    day,
                    8.0,
                    rng.uniform(180, 280),
                    "hiking",
                    4.5,
                    ["calf", "quadriceps", "glute"],
                    True,
                    "longlong",
                    4.0,
                    notes="bushwalk",
                )
            return _mk(
                ctx,
                day,
                9.0,
                rng.uniform(180, 240),
                "team_sport",
                6.5,
                _NETBALL,
                True,
                "longlong",
                notes="netball carnival, four games",
            )
        if kind == "big":
            return _mk(
                ctx,
                day,
                10.0,
                125,
                "team_sport",
                8.7,
                _NETBALL,
                True,
                "match",
                notes="double-header, played both games",
            )
        return _mk(
            ctx,
            day,
            17.0,
            70,
            "team_sport",
            7,
            _NETBALL,
            True,
            "extra",
            notes="tournament squad session",
        )
    if key == "sprinter":
        if kind == "long":
            return _mk(
                ctx,
                day,
                9.0,
                rng.uniform(140, 170),
                "running",
                6.5,
                _SPRINT,
                True,
                "longlong",
                notes="training camp, morning block",
            )
        if kind == "big":
            if rng.random() < 0.5:
                return _mk(
                    ctx,
                    day,
                    10.0,
                    70,
                    "running",
                    9.7,
                    _SPRINT,
                    True,
                    "meet",
                    notes="championship: heats, semi and final",
                )
            return _mk(
                ctx,
                day,
                16.5,
                150,
                "running",
                8.3,
                _SPRINT,
                True,
                "track",
                notes="extra-long session with the seniors",
            )
        return _mk(ctx, day, 10.0, 100, "running", 7, _SPRINT, True, "extra", notes="camp session")
    if key == "cyclist":
        if kind == "long":
            return _mk(
                ctx,
                day,
                8.0,
                rng.uniform(190, 260),
                "cycling",
                5.5,
                _RIDE,
                True,
                "longlong",
                24.0,
                notes="long ride",
            )
        if kind == "big":
            return _mk(
                ctx,
                day,
                7.5,
                rng.uniform(280, 330),
                "cycling",
                7.6,
                _RIDE,
                True,
                "club",
                25.5,
                notes="sportive",
            )
        return _mk(
            ctx,
            day,
            9.0,
            rng.uniform(160, 220),
            "cycling",
            5.5,
            _RIDE,
            True,
            "extra",
            22.0,
            notes="cycling holiday",
        )
    if key == "crossfit":
        if kind == "long":
            return _mk(
                ctx,
                day,
                7.5,
                rng.uniform(200, 300),
                "hiking",
                5,
                ["calf", "quadriceps", "glute"],
                True,
                "longlong",
                4.0,
                notes="long hike, big climb",
            )
        if kind == "big":
            if rng.random() < 0.5:
                return _mk(
                    ctx,
                    day,
                    9.0,
                    75,
                    "crossfit",
                    9.7,
                    ["quadriceps", "shoulder", "chest", "calf"],
                    False,
                    "wod",
                    notes="Murph with vest",
                )
            return _mk(
                ctx,
                day,
                9.0,
                130,
                "crossfit",
                8.5,
                ["quadriceps", "hamstring", "forearm", "shoulder"],
                False,
                "wod",
                notes="local comp, four events",
            )
        wod, mus = rng.choice(_WODS)
        return _mk(
            ctx, day, 17.5, 55, "crossfit", 7.5, mus, False, "extra", notes="second session: " + wod
        )
    # farm
    if kind == "long":
        job, mus = rng.choice(_FARM_JOBS)
        return _mk(ctx, day, 7.0, 480, "other", 4, mus, True, "work", notes="farm work: " + job)
    if kind == "big":
        if rng.random() < 0.5:
            return _mk(
                ctx,
                day,
                6.0,
                780,
                "other",
                6.8,
                ["lower_back", "forearm", "hand", "hamstring", "calf"],
                True,
                "work",
                notes="silage, 13-hour day",
            )
        return _mk(
            ctx, day, 9.0, 100, "running", 8.2, _RUN, True, "jog", 9.5, notes="15 km trail race"
        )
    job, mus = rng.choice(_FARM_JOBS)
    return _mk(ctx, day, 6.5, 600, "other", 5, mus, True, "extra", notes="harvest: " + job)


_SPIKE_STORY = {
    "parkrunner": "running holiday, ran every day",
    "nurse": "tournament week plus extra squad sessions",
    "sprinter": "pre-season camp",
    "cyclist": "cycling holiday",
    "crossfit": "the Open, two-a-days",
    "farm": "harvest, seven days a week",
}


def _make_sessions(ctx: Ctx) -> None:
    rng = ctx.rng
    if rng.random() < 0.5 and ctx.n_days > 70:
        b0 = rng.randint(15, ctx.n_days - 20)
        ctx.break_days = set(range(b0, b0 + rng.randint(5, 8)))
    for i in range(ctx.n_days):
        if i in ctx.break_days:
            continue
        ctx.sessions.extend(_plan_day(ctx, i))


def _resolve_overlaps(ctx: Ctx) -> None:
    """Move a session that starts before the previous one ended; drop it if the day is full."""
    ctx.sessions.sort(key=lambda s: s.start)
    kept: list[Session] = []
    for s in ctx.sessions:
        if kept and s.start < kept[-1].end + timedelta(minutes=20):
            s.start = kept[-1].end + timedelta(minutes=30)
            local_end = ctx.local(s.end)
            if s.day != ctx.day_of(s.start) or local_end.hour >= 22 or ctx.day_of(s.end) != s.day:
                continue
        kept.append(s)
    ctx.sessions = kept


# --------------------------------------------------------------------------------------------
# Sleep
# --------------------------------------------------------------------------------------------


def _make_sleeps(ctx: Ctx) -> None:
    rng, p = ctx.rng, ctx.person
    short_prob = p.persona.short_prob
    if ctx.cause == "sleep_debt":
        # the nurse's night shifts already give her many short day-time sleeps
        short_prob = (
            rng.uniform(0.08, 0.12) if p.persona.key == "nurse" else rng.uniform(0.18, 0.24)
        )
    log_p = 0.92 if ctx.cause == "sleep_debt" else 0.85
    use_end_p = rng.choice([0.1, 0.3, 0.6])
    for d in range(ctx.n_days - 1):
        wd = (ctx.start + timedelta(days=d)).weekday()
        if p.persona.key == "nurse":
            if ctx.roster[d] == "N":
                bed_day, bed_hour = d + 1, 8.5
                hours = rng.uniform(4.5, 6.5)
            elif ctx.roster[d + 1] == "D":
                bed_day, bed_hour = d, 22.0
                hours = rng.uniform(6.3, 7.4)
            else:
                bed_day, bed_hour = d, 23.0
                hours = rng.uniform(7.4, 9.0)
            if bed_day >= ctx.n_days - 1:
                continue
        else:
            bed_day = d
            bed_hour = p.persona.bed_hour + rng.gauss(0, 0.35)
            hours = p.usual_sleep + rng.gauss(0, 0.45)
            if p.persona.key == "sprinter" and wd in (4, 5):
                bed_hour += 1.5
                hours += 1.0
            if p.persona.key == "crossfit" and wd in (4, 5):
                bed_hour += 1.0
                hours += 0.8
        if rng.random() < short_prob and not (p.persona.key == "nurse" and ctx.roster[d] == "N"):
            hours = min(hours, p.usual_sleep - rng.uniform(1.5, 3.5))
            bed_hour += rng.uniform(0.5, 2.0)
        hours = max(2.5, _half(hours))
        bed_hour = round(bed_hour * 2) / 2
        bed = ctx.at(bed_day, bed_hour)
        quality = None
        if rng.random() < 0.6:
            quality = int(
                min(5, max(1, round(3 + (hours - p.usual_sleep) * 0.8 + rng.gauss(0, 0.6))))
            )
        ctx.sleeps.append(
            Sleep(bed, hours, rng.random() < log_p, quality, rng.random() < use_end_p)
        )
    ctx.sleeps.sort(key=lambda s: s.bed)


def _usual_sleep(ctx: Ctx) -> float:
    return statistics.median(s.hours for s in ctx.sleeps)


# --------------------------------------------------------------------------------------------
# Planting: schedule-level changes
# --------------------------------------------------------------------------------------------


def _sessions_on(ctx: Ctx, day: int) -> list[Session]:
    return [s for s in ctx.sessions if s.day == day]


def _acwr(ctx: Ctx) -> list[float]:
    load = [0.0] * ctx.n_days
    for s in ctx.sessions:
        load[s.day] += s.load
    out = []
    for d in range(ctx.n_days):
        if d < 27:
            out.append(0.0)
            continue
        acute = sum(load[d - 6 : d + 1])
        chronic = sum(load[d - 27 : d + 1]) / 4
        out.append(acute / chronic if chronic > 0 else 0.0)
    return out


_DUR_CAP = {"other": 720.0, "cycling": 300.0, "hiking": 300.0}


def _plant_spike(ctx: Ctx) -> None:
    rng = ctx.rng
    key = ctx.person.persona.key
    n_blocks = 1 if ctx.n_days < 85 else (2 if ctx.n_days < 170 else 3)
    starts: list[int] = []
    d = rng.randint(31, 38)
    while len(starts) < n_blocks and d + 10 < ctx.n_days:
        if ctx.break_days and d - 10 <= max(ctx.break_days) and d + 16 >= min(ctx.break_days):
            d = max(ctx.break_days) + rng.randint(12, 20)
            continue
        starts.append(d)
        d += rng.randint(32, 45)
    story = _SPIKE_STORY[key]
    ctx.story = story
    doubles = key in ("crossfit", "sprinter", "nurse")
    for b0 in starts:
        length = min(rng.randint(14, 18) if n_blocks == 1 else rng.randint(10, 14), ctx.n_days - b0)
        block = list(range(b0, b0 + length))
        for day in block:
            ctx.spike_days.add(day)
            if key == "nurse":
                ctx.roster[day] = "O"  # took annual leave for it
                if day == b0 and day > 0:
                    ctx.roster[day - 1] = "O"
            todays = _sessions_on(ctx, day)
            for s in todays:
                s.duration = min(_DUR_CAP.get(s.activity, 150.0), _r5(s.duration * 1.2))
                if key == "farm" and s.activity == "other":
                    s.duration = min(720.0, _r5(s.duration * 1.3))
                    s.rpe = min(9.0, s.rpe + 1.0)
            has_main = any(s.tag not in ("walk", "pilates", "jog") for s in todays)
            if (not has_main and rng.random() < 0.85) or (doubles and rng.random() < 0.3):
                extra = _variant(ctx, "extra", day)
                extra.notes = (extra.notes + "; " if extra.notes else "") + story
                ctx.sessions.append(extra)
        for _ in range(8):
            ratio = _acwr(ctx)
            in_block = [s for s in ctx.sessions if s.day in block]
            high = [s for s in in_block if ratio[s.day] >= 1.55]
            if max(ratio[day] for day in block) >= 1.75 and len(high) >= 0.6 * len(in_block):
                break
            for s in ctx.sessions:
                if s.day in block:
                    s.duration = min(_DUR_CAP.get(s.activity, 150.0), _r5(s.duration * 1.12))
                    s.rpe = min(9.0, s.rpe + 0.2)


def _plant_fatigue(ctx: Ctx) -> None:
    rng = ctx.rng
    week0 = 14
    for w0 in range(week0, ctx.n_days - 3, 7):
        week = [
            s for s in ctx.sessions if w0 <= s.day < w0 + 7 and s.tag not in ("walk", "pilates")
        ]
        if not week:
            continue
        if rng.random() < 0.6:
            target = rng.choice(week)
            big = _variant(ctx, "big", target.day)
            big.big = True
            ctx.sessions.remove(target)
            ctx.sessions.append(big)
            others = [s for s in week if s is not target]
            if others and rng.random() < 0.7:
                ctx.sessions.remove(rng.choice(others))
        elif rng.random() < 0.55:
            # back-to-back: repeat a session on the next day (no rest day) and drop a later one
            src = rng.choice(week)
            nxt = src.day + 1
            if nxt < ctx.n_days and not _sessions_on(ctx, nxt):
                dup = _mk(
                    ctx,
                    nxt,
                    ctx.local(src.start).hour + 0.0,
                    src.duration,
                    src.activity,
                    src.rpe,
                    src.muscles,
                    src.outdoor,
                    src.tag,
                    src.speed,
                    src.notes,
                )
                ctx.sessions.append(dup)
                later = [s for s in ctx.sessions if nxt < s.day < w0 + 9 and s.tag == src.tag]
                if later:
                    ctx.sessions.remove(later[0])


def _plant_long(ctx: Ctx, weekly: float) -> None:
    """Weekly long sweaty sessions for the electrolyte (and, less often, dehydration) journals."""
    rng = ctx.rng
    if ctx.person.persona.key == "farm":
        return
    for w0 in range(7, ctx.n_days - 2, 7):
        if rng.random() > weekly:
            continue
        days = [
            d
            for d in range(w0, min(w0 + 7, ctx.n_days))
            if (ctx.start + timedelta(days=d)).weekday() in (5, 6) and d not in ctx.break_days
        ]
        if ctx.person.persona.key == "nurse":
            days = [
                d
                for d in range(w0, min(w0 + 7, ctx.n_days))
                if ctx.roster[d] == "O" and ctx.roster[d - 1] != "N" and d not in ctx.break_days
            ]
        if not days:
            continue
        chosen = [rng.choice(days)]
        if weekly > 0.8 and rng.random() < 0.35:
            mid = [
                d
                for d in range(w0, min(w0 + 5, ctx.n_days))
                if d not in ctx.break_days
                and d not in chosen
                and (
                    ctx.person.persona.key != "nurse"
                    or (ctx.roster[d] == "O" and ctx.roster[d - 1] != "N")
                )
            ]
            if mid:
                chosen.append(rng.choice(mid))
        for day in chosen:
            for s in _sessions_on(ctx, day):
                ctx.sessions.remove(s)
            ctx.sessions.append(_variant(ctx, "long", day))


# --------------------------------------------------------------------------------------------
# Hydration, weighing and logging details of each session
# --------------------------------------------------------------------------------------------


def _sweat_rate(ctx: Ctx, s: Session) -> float:
    p = ctx.person
    rate = p.sweat_base * (0.4 + 0.1 * s.rpe) * max(0.45, 1 + 0.035 * (s.temp - 18))
    if s.humidity > 70 and s.temp > 22:
        rate *= 1.08
    if s.tag in ("work", "extra") and s.activity == "other":
        rate *= 0.38
    if s.activity in ("walking", "pilates", "yoga", "hiking"):
        rate *= 0.6
    return min(2.4, max(0.15, rate))


def _bottle(ctx: Ctx, ml: float) -> float:
    if ctx.person.climate.imperial:
        return max(4, round(ml / 29.5735 / 4) * 4) * 29.5735
    return max(100.0, 50 * round(ml / 50))


def _drinks_for(ctx: Ctx, s: Session, total_ml: float, kinds: list[tuple[str, float]]) -> None:
    """Split an intake into 1-4 logged drinks during the session."""
    rng = ctx.rng
    if total_ml < 80:
        s.drinks = []
        return
    n = max(1, min(4, int(s.duration // 45) + (1 if rng.random() < 0.5 else 0)))
    n = min(10, max(n, math.ceil(total_ml / 750)))
    share = total_ml / n
    s.drinks = []
    for k in range(n):
        off = _r5(s.duration * (k + rng.uniform(0.3, 0.9)) / n)
        s.drinks.append((min(off, s.duration - 1), _bottle(ctx, share), _wchoice(rng, kinds)))


def _hydrate(ctx: Ctx) -> None:
    rng, cause = ctx.rng, ctx.cause
    mass = ctx.person.mass
    for s in ctx.sessions:
        s.temp, s.humidity = _conditions(ctx, s)
        s.sweat_l = _sweat_rate(ctx, s) * s.duration / 60
        s.long = s.duration >= 85 and s.activity not in ("walking", "pilates")
    # --- dehydration: choose dry sessions among those sweaty enough
    if cause == "dehydration":
        eligible = [s for s in ctx.sessions if s.duration >= 45 and s.sweat_l >= 0.021 * mass]
        want = min(int(len(eligible) * 0.65), max(10, int(ctx.k_target * rng.uniform(1.5, 2.0))))
        weights = [
            (2.0 if s.duration <= 95 else 0.6) / (1 + max(0.0, s.temp - 22) / 4) for s in eligible
        ]
        for s in _wsample(rng, eligible, weights, min(want, len(eligible))):
            s.dry = True
    # --- electrolyte: which long sessions get sodium replacement
    if cause == "electrolyte_loss":
        longs = [s for s in ctx.sessions if s.long or (s.activity == "other" and s.duration >= 200)]
        p_water = min(0.58, max(0.2, ctx.k_target * rng.uniform(1.4, 1.8) / max(1, len(longs))))
        for s in longs:
            s.salt_plan = rng.random() > p_water
    for s in ctx.sessions:
        sweat_ml = s.sweat_l * 1000
        natural_kinds = [("water", 0.8), ("sports_drink", 0.2 if s.duration >= 60 else 0.03)]
        if s.dry:
            frac = rng.uniform(0.0, 0.15)
            target_loss = rng.uniform(2.25, 3.9) / 100 * mass
            needed = target_loss / (1 - frac) * 1000
            if needed > sweat_ml:
                s.sweat_l = min(needed, 2.0 * s.duration / 60 * 1000) / 1000
                sweat_ml = s.sweat_l * 1000
            _drinks_for(ctx, s, sweat_ml * frac, natural_kinds)
            if s.drinks and rng.random() < 0.5:
                s.drinks = s.drinks[:1]
            if rng.random() < 0.35:
                s.notes = (s.notes + "; " if s.notes else "") + rng.choice(
                    ["forgot my bottle", "only a few sips", "no water stop", "bottle left in car"]
                )
        elif cause == "dehydration" and s.duration >= 45:
            _drinks_for(ctx, s, sweat_ml * rng.uniform(0.55, 0.95), natural_kinds)
        elif cause == "electrolyte_loss" and (
            s.long or s.salt_plan or (s.activity == "other" and s.duration >= 200)
        ):
            frac = rng.uniform(0.8, 1.08)
            if s.salt_plan:
                kinds = [("electrolyte_drink", 0.6), ("ors", 0.25), ("sports_drink", 0.15)]
                _drinks_for(ctx, s, sweat_ml * frac, kinds)
                loss = s.sweat_l * ctx.person.sweat_na
                if s.na_in < 0.6 * loss:
                    s.capsules_mg = round((0.6 * loss - s.na_in) / 215 + 0.5) * 215
            else:
                _drinks_for(ctx, s, sweat_ml * frac, [("water", 1.0)])
                if rng.random() < 0.3:
                    s.notes = (s.notes + "; " if s.notes else "") + rng.choice(
                        [
                            "white salt marks on my shirt",
                            "salt crust on my cap",
                            "sweat stinging my eyes",
                        ]
                    )
        elif cause == "heat" and s.temp >= 25:
            kinds = [("water", 0.6), ("sports_drink", 0.4)]
            _drinks_for(ctx, s, sweat_ml * rng.uniform(0.6, 0.9), kinds)
        elif s.duration >= 35:
            _drinks_for(ctx, s, sweat_ml * rng.uniform(0.2, 0.85), natural_kinds)
        if rng.random() < 0.7:
            s.post_drink = (
                s.duration + rng.choice([10, 15, 20, 30]),
                _bottle(ctx, rng.uniform(250, 700)),
                _wchoice(
                    rng,
                    [
                        ("water", 0.75),
                        ("milk", 0.1),
                        ("juice", 0.05),
                        ("coffee", 0.05),
                        ("beer", 0.05),
                    ],
                ),
            )
    # --- weighing and fluid logging
    for s in ctx.sessions:
        if cause == "dehydration":
            s.weighed = s.dry or (s.duration >= 30 and rng.random() < 0.75)
        elif cause == "electrolyte_loss":
            s.weighed = rng.random() < (0.6 if (s.long or s.activity == "other") else 0.1)
        else:
            s.weighed = rng.random() < (0.25 if s.duration >= 75 else 0.1)
        if s.weighed:
            s.log_fluids = True
        elif cause in ("dehydration", "electrolyte_loss") and s.duration >= 60:
            s.log_fluids = rng.random() < 0.8
        else:
            s.log_fluids = rng.random() < 0.35
        base = ctx.mass_day[s.day] + rng.uniform(0.1, 0.6)
        s.pre_kg = base
        lost = s.sweat_l - s.intake_ml / 1000 + 0.04 * s.duration / 60
        s.post_kg = base - lost + rng.gauss(0, 0.08)
        if ctx.person.climate.imperial:
            s.pre_kg = round(s.pre_kg / 0.45359237 * 5) / 5 * 0.45359237
            s.post_kg = round(s.post_kg / 0.45359237 * 5) / 5 * 0.45359237
        else:
            s.pre_kg, s.post_kg = round(s.pre_kg, 1), round(s.post_kg, 1)


def _logging(ctx: Ctx) -> None:
    rng, cause = ctx.rng, ctx.cause
    rpe_p = 0.93 if cause in ("training_load_spike", "muscle_fatigue") else 0.85
    mus_p = 0.8 if cause == "muscle_fatigue" else 0.4
    for s in ctx.sessions:
        s.log_rpe = rng.random() < rpe_p
        if cause == "heat":
            s.log_temp = s.temp >= 24 or rng.random() < 0.45
            s.log_hum = s.log_temp and (s.humidity >= 60 and s.temp >= 23 or rng.random() < 0.3)
        else:
            s.log_temp = rng.random() < (0.3 if s.outdoor else 0.1)
            s.log_hum = s.log_temp and rng.random() < 0.4
        s.log_muscles = rng.random() < mus_p
        k = rng.randint(1, min(3, len(s.muscles))) if s.muscles else 0
        s.logged_muscles = [s.muscles[0]] + rng.sample(s.muscles[1:], max(0, k - 1)) if k else []
        s.log_dist = s.speed is not None and rng.random() < 0.6
        if rng.random() < 0.15:
            age = 2025 - ctx.person.birth_year
            s.hr = int(min(205 - 0.7 * age, 85 + 9 * s.rpe + rng.gauss(0, 6)))
        if s.activity in ("running", "team_sport", "crossfit", "cycling") and rng.random() < 0.25:
            s.warm_up = rng.choice([10, 10, 15, 20])


# --------------------------------------------------------------------------------------------
# Exposures (the generator's own reading of the cause definitions)
# --------------------------------------------------------------------------------------------


def _session_exposures(ctx: Ctx) -> list[tuple[Session, float, list[str]]]:
    """(session, severity, muscles to favour) for every exposed session of the planted cause."""
    cause = ctx.cause
    out: list[tuple[Session, float, list[str]]] = []
    if cause == "dehydration":
        for s in ctx.sessions:
            if s.weighed and s.loss_pct >= 2.0:
                out.append((s, s.loss_pct - 1.5, s.muscles))
    elif cause == "electrolyte_loss":
        for s in ctx.sessions:
            loss = s.sweat_l * ctx.person.sweat_na
            deficit = loss - s.na_in
            if s.duration >= 75 and deficit >= 1800 and s.na_in < 0.4 * loss and s.loss_pct < 2.0:
                out.append((s, deficit / 1000, s.muscles))
    elif cause == "heat":
        for s in ctx.sessions:
            if s.temp >= 28 or (s.temp >= 25 and s.humidity >= 65):
                out.append(
                    (s, 1 + max(0.0, s.temp - 27) / 3 + max(0.0, s.humidity - 60) / 30, s.muscles)
                )
    elif cause == "training_load_spike":
        ratio = _acwr(ctx)
        for s in ctx.sessions:
            if s.day >= 28 and ratio[s.day] >= 1.5:
                out.append((s, ratio[s.day] - 1.2, s.muscles))
    elif cause == "muscle_fatigue":
        by_act: dict[str, list[Session]] = {}
        for s in ctx.sessions:
            by_act.setdefault(s.activity, []).append(s)
        med_dur = {a: statistics.median(x.duration for x in v) for a, v in by_act.items()}
        med_rpe = {a: statistics.median(x.rpe for x in v) for a, v in by_act.items()}
        days: dict[int, list[Session]] = {}
        for s in ctx.sessions:
            days.setdefault(s.day, []).append(s)
        for s in ctx.sessions:
            unusual = s.duration >= 1.4 * med_dur[s.activity] or (
                s.rpe >= 8.3 and s.rpe >= med_rpe[s.activity] + 1.8
            )
            prev = days.get(s.day - 1, [])
            overlap = [m for m in s.muscles if any(m in p.muscles for p in prev)]
            if s.tag == "work" and not unusual:
                overlap = []
            if unusual:
                out.append((s, 4.0 if s.big else 2.5, s.muscles))
            elif overlap and s.activity not in ("walking", "pilates"):
                sev = 1.0 if days.get(s.day - 2) else 0.6
                out.append((s, sev, overlap))
    return out


def _day_exposures(ctx: Ctx) -> list[tuple[int, datetime, datetime, float]]:
    """(day, window start, window end, severity) for the day-based causes."""
    cause = ctx.cause
    out: list[tuple[int, datetime, datetime, float]] = []
    if cause == "sleep_debt":
        usual = _usual_sleep(ctx)
        for sl in ctx.sleeps:
            if sl.hours <= usual - 1.5:
                day = ctx.day_of(sl.wake)
                end = min(sl.wake + timedelta(hours=16), ctx.at(ctx.n_days, 0))
                if day < ctx.n_days:
                    out.append((day, sl.wake, end, usual - sl.hours))
    elif cause == "nutrient_deficiency":
        a, b = ctx.low_phase
        for d in range(a + 10, min(ctx.n_days, b + 7)):
            out.append((d, ctx.at(d, 0), ctx.at(d + 1, 0), 1.0))
    elif cause == "medication":
        lag = ctx.rng.randint(5, 21)
        stop = ctx.n_days if ctx.med_end is None else min(ctx.n_days, ctx.med_end + 7)
        for d in range(ctx.med_start + lag, stop):
            out.append((d, ctx.at(d, 0), ctx.at(d + 1, 0), 1.0))
    return out


# --------------------------------------------------------------------------------------------
# Episodes
# --------------------------------------------------------------------------------------------

_FLAG_SETS: tuple[tuple[str, ...], ...] = (
    ("weakness", "swelling", "numbness_tingling"),
    ("weakness", "swelling", "dark_urine", "numbness_tingling"),
    ("swelling", "redness", "warmth", "weakness", "numbness_tingling"),
    ("weakness", "swelling", "numbness_tingling", "injury_or_trauma"),
    ("weakness", "dark_urine", "swelling", "severe_pain_tense_limb", "numbness_tingling"),
)
_TWITCH_FLAGS: tuple[tuple[str, ...], ...] = (
    ("weakness", "muscle_wasting", "progressive"),
    ("weakness", "muscle_wasting", "speech_or_swallowing_trouble", "numbness_tingling"),
)
_SIDED = {
    "calf",
    "shin",
    "foot",
    "toes",
    "hamstring",
    "quadriceps",
    "adductor",
    "glute",
    "hip_flexor",
    "shoulder",
    "biceps",
    "triceps",
    "forearm",
    "hand",
    "fingers",
    "eyelid",
    "face",
    "chest",
}


def _side(rng: random.Random, muscle: str, widespread: bool = False) -> str | None:
    if muscle not in _SIDED:
        return rng.choice(["both", None, None])
    if widespread and muscle not in ("eyelid", "face"):
        return "both" if rng.random() < 0.5 else rng.choice(["left", "right"])
    x = rng.random()
    if x < 0.06:
        return None
    if x < 0.14 and muscle not in ("eyelid", "face"):
        return "both"
    return "left" if rng.random() < 0.5 else "right"


def _spasm(
    ctx: Ctx,
    t: datetime,
    muscle: str,
    during: str,
    planted: bool,
    notes: str | None = None,
    widespread: bool = False,
) -> Ep:
    rng = ctx.rng
    if during == "sleep":
        dur = rng.randint(40, 420)
        pain = rng.randint(5, 9)
        relief = rng.choice(
            [
                ["stretching"],
                ["stretching", "walking_it_off"],
                ["walking_it_off"],
                ["stretching", "massage"],
            ]
        )
    elif during == "exercise":
        dur = rng.randint(15, 200)
        pain = rng.randint(4, 9)
        relief = rng.choice(
            [
                ["stretching"],
                ["stretching"],
                ["stretching", "massage"],
                ["rest"],
                ["stretching", "walking_it_off"],
                ["pickle_juice", "stretching"],
            ]
        )
    else:
        dur = rng.randint(15, 180)
        pain = rng.randint(3, 8)
        relief = rng.choice(
            [
                ["stretching"],
                ["massage"],
                ["stretching", "massage"],
                ["heat"],
                ["stretching", "heat"],
                ["walking_it_off"],
            ]
        )
    if muscle in ("hand", "fingers", "forearm") and "stretching" not in relief:
        relief = ["stretching"] + relief
    flags = None
    if rng.random() < 0.9:
        flags = {k: False for k in rng.choice(_FLAG_SETS)}
    relieved = rng.random() < 0.92
    t = t.replace(second=0, microsecond=0)
    return Ep(
        t,
        "spasm",
        muscle,
        _side(rng, muscle, widespread),
        dur,
        pain,
        during,
        relief,
        relieved,
        flags,
        notes,
        planted,
    )


def _twitch(
    ctx: Ctx, t: datetime, muscle: str, during: str, planted: bool, notes: str | None = None
) -> Ep:
    rng = ctx.rng
    dur = rng.randint(20, 600) if muscle == "eyelid" else rng.randint(3, 90)
    flags = {k: False for k in rng.choice(_TWITCH_FLAGS)} if rng.random() < 0.85 else None
    relief = [] if rng.random() < 0.6 else [rng.choice(["rest", "massage", "other"])]
    relieved = None if not relief else rng.random() < 0.6
    t = t.replace(second=0, microsecond=0)
    return Ep(
        t,
        "twitch",
        muscle,
        _side(rng, muscle),
        dur,
        rng.choice([0, 0, 1, 1, 2]),
        during,
        relief,
        relieved,
        flags,
        notes,
        planted,
    )


def _busy(ctx: Ctx, t: datetime) -> bool:
    for s in ctx.sessions:
        if s.start - timedelta(minutes=30) <= t <= s.end + timedelta(minutes=30):
            return True
    for sl in ctx.sleeps:
        if sl.bed - timedelta(minutes=15) <= t <= sl.wake + timedelta(minutes=15):
            return True
    return False


def _rest_time(ctx: Ctx, lo: datetime, hi: datetime) -> datetime | None:
    span = (hi - lo).total_seconds()
    if span <= 600:
        return None
    for _ in range(12):
        t = lo + timedelta(seconds=ctx.rng.uniform(0, span))
        t = t.replace(minute=5 * (t.minute // 5), second=0, microsecond=0)
        h = ctx.local(t).hour
        if 7 <= h <= 22 and not _busy(ctx, t):
            return t
    return None


def _night_after(ctx: Ctx, t: datetime) -> Sleep | None:
    for sl in ctx.sleeps:
        if sl.bed >= t and sl.bed - t <= timedelta(hours=20):
            return sl
    return None


def _in_sleep(ctx: Ctx, sl: Sleep) -> datetime:
    a = sl.bed + timedelta(hours=1.0)
    b = sl.wake - timedelta(minutes=20)
    t = a + (b - a) * ctx.rng.random()
    return t.replace(minute=5 * (t.minute // 5), second=0, microsecond=0)


_EX_NOTES = (
    "last part of the session",
    "had to stop and stretch",
    "felt it tightening first",
    "couldn't finish the rep",
    "near the end",
    "eased off and it went",
)
_AFTER_NOTES = (
    "in the car on the way home",
    "in the shower",
    "sitting on the sofa",
    "walking to the car",
    "while cooking",
)
_NIGHT_NOTES = (
    "woke me up",
    "woke me at 3am, rock hard",
    "pointed my toes in bed",
    "had to get up and stand on it",
)


def _exercise_episode(ctx: Ctx, s: Session, muscle: str, planted: bool, mode: str) -> list[Ep]:
    rng = ctx.rng
    eps: list[Ep] = []
    if mode == "sleep":
        sl = _night_after(ctx, s.end)
        if sl is not None:
            eps.append(
                _spasm(
                    ctx,
                    _in_sleep(ctx, sl),
                    muscle,
                    "sleep",
                    planted,
                    rng.choice(_NIGHT_NOTES) if rng.random() < 0.4 else None,
                )
            )
            return eps
        mode = "after"
    if mode == "during":
        lo = 0.4 if s.duration > 200 else 0.62
        t = s.start + timedelta(minutes=s.duration * rng.uniform(lo, 0.97))
        eps.append(
            _spasm(
                ctx,
                t,
                muscle,
                "exercise",
                planted,
                rng.choice(_EX_NOTES) if rng.random() < 0.4 else None,
            )
        )
    else:
        t = s.end + timedelta(minutes=rng.uniform(8, 170))
        nxt = [x.start for x in ctx.sessions if x.start > s.end]
        sl = _night_after(ctx, s.end)
        if sl is not None:
            nxt.append(sl.bed)
        if nxt and min(nxt) - timedelta(minutes=20) < t:
            t = s.end + timedelta(minutes=rng.uniform(5, 15))
        t = max(t, s.end + timedelta(minutes=3))
        eps.append(
            _spasm(
                ctx,
                t,
                muscle,
                "after_exercise",
                planted,
                rng.choice(_AFTER_NOTES) if rng.random() < 0.4 else None,
            )
        )
    return eps


def _follow_up(
    ctx: Ctx, s: Session, first: Ep, t: datetime, muscle: str, notes: str | None, widespread: bool
) -> Ep | None:
    """A second cramp soon after the first one, if it still fits what the person was doing."""
    if first.during == "sleep":
        sl = next((x for x in ctx.sleeps if x.bed <= first.time <= x.wake), None)
        if sl is None or t > sl.wake - timedelta(minutes=10):
            return None
        return _spasm(ctx, t, muscle, "sleep", True, notes, widespread)
    if t <= s.end - timedelta(minutes=2):
        return _spasm(ctx, t, muscle, "exercise", True, notes, widespread)
    t = max(t, s.end + timedelta(minutes=3))
    if (
        t > s.end + timedelta(hours=3.5)
        or _busy(ctx, t)
        and not (s.start - timedelta(minutes=30) <= t <= s.end + timedelta(minutes=30))
    ):
        return None
    if any(x.start <= t <= x.end for x in ctx.sessions if x is not s):
        return None
    return _spasm(ctx, t, muscle, "after_exercise", True, notes, widespread)


def _make_planted(ctx: Ctx, k: int) -> None:
    rng, cause = ctx.rng, ctx.cause
    if cause is None or k <= 0:
        return
    if cause in (
        "dehydration",
        "electrolyte_loss",
        "heat",
        "training_load_spike",
        "muscle_fatigue",
    ):
        exposed = _session_exposures(ctx)
        if not exposed:
            return
        units = _wsample(
            rng,
            exposed,
            [sev + 0.5 for _, sev, _ in exposed],
            max(1, min(len(exposed), k, int(0.7 * len(exposed) + 0.5))),
        )
        count = 0
        for s, _sev, mus in units:
            if count >= k:
                break
            muscle = _pick_muscle(rng, mus)
            if cause == "heat":
                mode = _wchoice(rng, [("during", 0.6), ("after", 0.35), ("sleep", 0.05)])
            elif cause in ("dehydration", "electrolyte_loss"):
                mode = _wchoice(rng, [("during", 0.45), ("after", 0.45), ("sleep", 0.1)])
            else:
                mode = _wchoice(rng, [("during", 0.5), ("after", 0.3), ("sleep", 0.2)])
            eps = _exercise_episode(ctx, s, muscle, True, mode)
            if cause == "electrolyte_loss" and rng.random() < 0.4:
                other = _pick_muscle(
                    rng,
                    [
                        m
                        for m in s.muscles + ["hand", "abdomen", "calf", "quadriceps", "hamstring"]
                        if m != muscle
                    ],
                )
                t2 = eps[-1].time + timedelta(minutes=rng.uniform(10, 70))
                ep2 = _follow_up(
                    ctx,
                    s,
                    eps[-1],
                    t2,
                    other,
                    "cramps all over" if rng.random() < 0.5 else None,
                    True,
                )
                if ep2 is not None:
                    eps.append(ep2)
            elif rng.random() < 0.1:
                t2 = eps[-1].time + timedelta(minutes=rng.uniform(3, 30))
                ep2 = _follow_up(ctx, s, eps[-1], t2, muscle, "came back", False)
                if ep2 is not None:
                    eps.append(ep2)
            ctx.episodes.extend(eps)
            count += len(eps)
            # make sure the exposure is visible in what was logged
            if cause == "heat":
                s.log_temp = True
                if s.temp < 28:
                    s.log_hum = True
            elif cause == "muscle_fatigue":
                s.log_muscles = True
                s.log_rpe = True
                if muscle not in s.logged_muscles:
                    s.logged_muscles.append(muscle)
                for p in _sessions_on(ctx, s.day - 1):
                    if muscle in p.muscles:
                        p.log_muscles = True
                        if muscle not in p.logged_muscles:
                            p.logged_muscles.append(muscle)
            elif cause == "training_load_spike":
                s.log_rpe = True
            elif cause == "electrolyte_loss":
                s.log_fluids = True
        return
    # day-based causes
    exposed_days = _day_exposures(ctx)
    if not exposed_days:
        return
    n_units = max(1, min(len(exposed_days), k, int(0.65 * len(exposed_days) + 0.5)))
    day_units = _wsample(rng, exposed_days, [sev + 0.3 for *_, sev in exposed_days], n_units)
    rest_muscles: tuple[str, ...]
    twitch_muscles: tuple[str, ...]
    if cause == "nutrient_deficiency":
        mix = (("twitch", 0.35), ("sleep", 0.3), ("rest", 0.15), ("exercise", 0.2))
        rest_muscles = ("calf", "foot", "hand", "fingers", "toes", "calf")
        twitch_muscles = ("eyelid", "calf", "eyelid", "hand", "face", "quadriceps")
    elif cause == "sleep_debt":
        mix = (("twitch", 0.4), ("sleep", 0.08), ("rest", 0.17), ("exercise", 0.35))
        rest_muscles = ("calf", "neck", "foot", "hamstring")
        twitch_muscles = ("eyelid", "eyelid", "calf", "eyelid", "face")
    else:
        mix = (("twitch", 0.05), ("sleep", 0.55), ("rest", 0.17), ("exercise", 0.23))
        rest_muscles = ("calf", "foot", "hamstring", "toes", "calf")
        twitch_muscles = ("calf", "eyelid")
    count = 0
    for _day, lo, hi, _sev in day_units:
        if count >= k:
            break
        kind = _wchoice(rng, mix)
        eps = []
        if kind == "exercise":
            cands = [s for s in ctx.sessions if lo <= s.start and s.end <= hi]
            if cands:
                s = rng.choice(cands)
                mode = _wchoice(rng, [("during", 0.65), ("after", 0.35)])
                eps = _exercise_episode(ctx, s, _pick_muscle(rng, s.muscles), True, mode)
            else:
                kind = "rest"
        if kind == "sleep":
            sl = None
            for x in ctx.sleeps:
                if lo <= x.bed + timedelta(hours=1) <= hi:
                    sl = x
                    break
            if sl is not None:
                muscle = rng.choice(("calf", "calf", "foot", "hamstring", "toes"))
                eps = [
                    _spasm(
                        ctx,
                        _in_sleep(ctx, sl),
                        muscle,
                        "sleep",
                        True,
                        rng.choice(_NIGHT_NOTES) if rng.random() < 0.4 else None,
                    )
                ]
            else:
                kind = "rest"
        if kind in ("rest", "twitch"):
            t = _rest_time(ctx, lo, hi)
            if t is None:
                continue
            if kind == "rest":
                eps = [
                    _spasm(
                        ctx,
                        t,
                        rng.choice(rest_muscles),
                        "rest",
                        True,
                        rng.choice(
                            ("sitting at my desk", "at work", "watching TV", "driving", None, None)
                        ),
                    )
                ]
            else:
                eps = [
                    _twitch(
                        ctx,
                        t,
                        rng.choice(twitch_muscles),
                        "rest",
                        True,
                        rng.choice(("on and off all afternoon", "flickering", None, None)),
                    )
                ]
        ctx.episodes.extend(eps)
        count += len(eps)
    if cause == "sleep_debt":
        for sl in ctx.sleeps:
            if any(sl.wake <= e.time <= sl.wake + timedelta(hours=16) for e in ctx.episodes):
                if sl.hours <= _usual_sleep(ctx) - 1.5:
                    sl.logged = True


def _make_background(ctx: Ctx, n: int) -> None:
    rng = ctx.rng
    persona = ctx.person.persona
    older = persona.key == "cyclist"
    done = 0
    tries = 0
    while done < n and tries < n * 10:
        tries += 1
        kind = _wchoice(rng, persona.bg_mix)
        day = rng.randrange(ctx.n_days)
        if kind == "exercise":
            if not ctx.sessions:
                continue
            s = rng.choice(ctx.sessions)
            muscle = _pick_muscle(rng, s.muscles)
            eps = _exercise_episode(
                ctx, s, muscle, False, _wchoice(rng, [("during", 0.55), ("after", 0.45)])
            )
        elif kind == "sleep":
            cands = [sl for sl in ctx.sleeps if ctx.day_of(sl.bed) == day]
            if not cands:
                continue
            muscle = rng.choice(
                ("calf", "calf", "foot", "toes", "hamstring")
                if older
                else ("calf", "foot", "toes", "hamstring", "calf")
            )
            eps = [
                _spasm(
                    ctx,
                    _in_sleep(ctx, cands[0]),
                    muscle,
                    "sleep",
                    False,
                    rng.choice(_NIGHT_NOTES) if rng.random() < 0.3 else None,
                )
            ]
        else:
            t = _rest_time(ctx, ctx.at(day, 7), ctx.at(day, 22))
            if t is None:
                continue
            if kind == "twitch":
                eps = [
                    _twitch(
                        ctx,
                        t,
                        rng.choice(
                            ("eyelid", "eyelid", "calf", "hand", "quadriceps", "face", "biceps")
                        ),
                        "rest",
                        False,
                        rng.choice(("after coffee", "busy week", None, None, None)),
                    )
                ]
            else:
                muscle = rng.choice(
                    (
                        "foot",
                        "toes",
                        "hand",
                        "neck",
                        "calf",
                        "lower_back",
                        "fingers",
                        "abdomen",
                        "hamstring",
                    )
                )
                eps = [
                    _spasm(
                        ctx,
                        t,
                        muscle,
                        "rest",
                        False,
                        rng.choice(
                            (
                                "reaching for something",
                                "bending down",
                                "sitting with legs crossed",
                                "in the car",
                                None,
                                None,
                            )
                        ),
                    )
                ]
        ctx.episodes.extend(eps)
        done += len(eps)


# --------------------------------------------------------------------------------------------
# Diet, supplements, medicines, body mass
# --------------------------------------------------------------------------------------------

Meal = list[tuple[str, float]]

_ADEQ_BREAKFAST: tuple[Meal, ...] = (
    [
        ("Oats", 70),
        ("Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D", 250),
        ("Bananas, raw", 120),
    ],
    [
        ("Bread, whole-wheat, commercially prepared", 80),
        ("Peanut butter, smooth style, with salt", 30),
        ("Bananas, raw", 120),
        ("Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D", 200),
    ],
    [
        ("Yogurt, plain, lowfat, 12 grams protein per 8 oz", 200),
        ("Oats", 40),
        ("Strawberries, raw", 100),
        ("Almonds, dry roasted, without salt", 20),
    ],
    [
        ("Egg, whole, cooked, scrambled", 120),
        ("Bread, whole-wheat, commercially prepared", 70),
        ("Tomatoes, red, ripe, raw, year round average", 100),
        ("Oranges, raw, all commercial varieties", 150),
    ],
)
_ADEQ_LUNCH: tuple[Meal, ...] = (
    [
        ("Bread, whole-wheat, commercially prepared", 90),
        ("Cheese, cheddar", 40),
        ("Spinach, raw", 40),
        ("Tomatoes, red, ripe, raw, year round average", 80),
        ("Apples, raw, with skin", 180),
    ],
    [
        ("Lentils, mature seeds, cooked, boiled, without salt", 200),
        ("Rice, brown, long-grain, cooked", 150),
        ("Spinach, raw", 60),
        ("Yogurt, plain, lowfat, 12 grams protein per 8 oz", 150),
    ],
    [
        ("Fish, tuna, light, canned in water, drained solids", 100),
        ("Bread, whole-wheat, commercially prepared", 80),
        ("Lettuce, cos or romaine, raw", 50),
        ("Avocados, raw, all commercial varieties", 70),
        ("Cheese, cheddar", 30),
    ],
    [
        ("Beans, black, mature seeds, cooked, boiled, without salt", 150),
        ("Rice, brown, long-grain, cooked", 150),
        ("Avocados, raw, all commercial varieties", 60),
        ("Cheese, cheddar", 30),
        ("Peppers, sweet, red, raw", 80),
    ],
)
_ADEQ_DINNER: tuple[Meal, ...] = (
    [
        ("Fish, salmon, Atlantic, farmed, cooked, dry heat", 150),
        ("Potatoes, baked, flesh and skin, without salt", 250),
        ("Broccoli, raw", 120),
    ],
    [
        ("Chicken, broilers or fryers, breast, meat only, cooked, roasted", 150),
        ("Sweet potato, cooked, baked in skin, flesh, without salt", 200),
        ("Kale, raw", 80),
        ("Quinoa, cooked", 150),
    ],
    [
        ("Beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled", 120),
        ("Pasta, cooked, enriched, without added salt", 200),
        ("Sauce, pasta, spaghetti/marinara, ready-to-serve", 150),
        ("Spinach, raw", 50),
        ("Cheese, mozzarella, whole milk", 30),
    ],
    [
        ("Tofu, raw, firm, prepared with calcium sulfate", 150),
        ("Rice, brown, long-grain, cooked", 200),
        ("Broccoli, raw", 100),
        ("Peppers, sweet, red, raw", 80),
    ],
    [
        ("Pork, fresh, loin, whole, lean, cooked, roasted", 150),
        ("Potatoes, baked, flesh and skin, without salt", 250),
        ("Carrots, raw", 100),
        ("Peas, green, frozen, cooked, boiled, without salt", 80),
    ],
)
_ADEQ_SNACK: tuple[Meal, ...] = (
    [("Almonds, dry roasted, without salt", 30), ("Apples, raw, with skin", 180)],
    [("Yogurt, plain, lowfat, 12 grams protein per 8 oz", 170), ("Blueberries, raw", 80)],
    [("Bananas, raw", 120), ("Chocolate, dark, 70-85% cacao solids", 20)],
    [
        ("Seeds, pumpkin and squash seed kernels, roasted, without salt", 25),
        ("Raisins, seedless", 30),
    ],
    [
        ("Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D", 300),
        ("Bananas, raw", 120),
    ],
)
_LOW_BREAKFAST: tuple[Meal, ...] = (
    [
        ("Bread, white, commercially prepared (includes soft bread crumbs)", 70),
        ("Jams and preserves", 20),
        ("Butter, with salt", 10),
    ],
    [("Croissants, butter", 70), ("Jams and preserves", 20)],
    [("Doughnuts, cake-type, plain (includes unsugared, old-fashioned)", 80)],
    [("Muffins, blueberry, commercially prepared (includes mini-muffins)", 110)],
)
_LOW_LUNCH: tuple[Meal, ...] = (
    [
        ("Bread, white, commercially prepared (includes soft bread crumbs)", 90),
        ("Ham, sliced, regular (approximately 11% fat)", 60),
        ("Butter, with salt", 10),
    ],
    [
        ("Soup, chicken noodle, canned, condensed", 250),
        ("Crackers, saltines (includes oyster, soda, soup)", 30),
    ],
    [
        ("Frankfurter, beef, unheated", 100),
        ("Bread, white, commercially prepared (includes soft bread crumbs)", 60),
    ],
    [
        ("Pasta, cooked, enriched, without added salt", 250),
        ("Sauce, pasta, spaghetti/marinara, ready-to-serve", 80),
    ],
)
_LOW_DINNER: tuple[Meal, ...] = (
    [
        ("Pasta, cooked, enriched, without added salt", 250),
        ("Sauce, pasta, spaghetti/marinara, ready-to-serve", 100),
    ],
    [
        ("Rice, white, long-grain, regular, enriched, cooked", 250),
        ("Chicken, broilers or fryers, breast, meat only, cooked, roasted", 120),
    ],
    [
        ("Sausage, pork, fresh, cooked", 100),
        ("Rice, white, long-grain, regular, enriched, cooked", 200),
    ],
    [("Noodles, egg, cooked, enriched", 250), ("Frankfurter, beef, unheated", 80)],
    [
        ("Beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled", 100),
        ("Rice, white, long-grain, regular, enriched, cooked", 200),
    ],
)
_LOW_SNACK: tuple[Meal, ...] = (
    [("Cookies, chocolate chip, commercially prepared, regular, higher fat, enriched", 40)],
    [("Crackers, saltines (includes oyster, soda, soup)", 30)],
    [("Pretzels, hard, plain, salted", 40)],
    [("Apples, raw, with skin", 150)],
)

_LOW_STORY = {
    "parkrunner": "crash diet to get race weight off",
    "nurse": "run of night shifts, living on vending-machine food",
    "sprinter": "cutting weight, skipping meals, no dairy",
    "cyclist": "wife away, living on tea and toast",
    "crossfit": "strict 'carnivore' challenge, no veg or dairy",
    "farm": "calving season, pies and sandwiches in the tractor",
}

_MED_CHOICES = {
    "parkrunner": ("atorvastatin", "indapamide", "bendroflumethiazide"),
    "nurse": ("salmeterol", "formoterol", "indapamide"),
    "sprinter": ("formoterol", "salmeterol"),
    "cyclist": ("bendroflumethiazide", "spironolactone", "indapamide", "atorvastatin"),
    "crossfit": ("naproxen", "salmeterol", "hydrochlorothiazide"),
    "farm": ("hydrochlorothiazide", "chlortalidone", "atorvastatin"),
}


def _make_diet_plan(ctx: Ctx) -> None:
    rng, n = ctx.rng, ctx.n_days
    if ctx.cause == "nutrient_deficiency":
        length = int(n * rng.uniform(0.45, 0.62))
        if rng.random() < 0.7:
            ctx.low_phase = (0, length)
        else:
            a = n - length - rng.randint(0, max(0, int(n * 0.1)))
            ctx.low_phase = (max(10, a), min(n, max(10, a) + length))
        a, b = ctx.low_phase
        ctx.low_day = [(a <= i < b) == (rng.random() < 0.88) for i in range(n)]
        ctx.meal_day = [rng.random() < 0.65 for _ in range(n)]
        ctx.story = _LOW_STORY[ctx.person.persona.key]
    else:
        ctx.low_day = [rng.random() < 0.12 for _ in range(n)]
        ctx.meal_day = [rng.random() < 0.3 for _ in range(n)]
    # body mass trend
    m = ctx.person.mass
    for i in range(n):
        m += rng.gauss(0, 0.06)
        if ctx.cause == "nutrient_deficiency" and ctx.low_day[i]:
            m -= 0.015
        ctx.mass_day.append(m + rng.gauss(0, 0.25))


def _meal_objs(ctx: Ctx) -> list[tuple[datetime, Obj]]:
    rng = ctx.rng
    out: list[tuple[datetime, Obj]] = []
    portion = ctx.person.persona.portion * (0.9 if ctx.person.sex == "female" else 1.0)
    a, b = ctx.low_phase
    note_next: str | None = None
    for i in range(ctx.n_days):
        if ctx.cause == "nutrient_deficiency" and i == a:
            note_next = ctx.story
        if ctx.cause == "nutrient_deficiency" and i == b and b < ctx.n_days:
            note_next = (
                "saw the dietitian, eating properly again" if a == 0 else "back to normal eating"
            )
        if not ctx.meal_day[i]:
            continue
        low = ctx.low_day[i]
        pools = (
            (_LOW_BREAKFAST, _LOW_LUNCH, _LOW_DINNER, _LOW_SNACK)
            if low
            else (_ADEQ_BREAKFAST, _ADEQ_LUNCH, _ADEQ_DINNER, _ADEQ_SNACK)
        )
        hours = (
            rng.uniform(6.5, 8.5),
            rng.uniform(12.0, 13.5),
            rng.uniform(18.5, 20.0),
            rng.choice([15.5, 21.0]),
        )
        for pool, hour in zip(pools, hours, strict=True):
            meal = rng.choice(pool)
            items = [
                {"food": f, "grams": max(5, _r5(g * portion * rng.uniform(0.85, 1.15)))}
                for f, g in meal
            ]
            t = ctx.at(i, round(hour * 4) / 4)
            if _busy_session(ctx, t):
                t = t + timedelta(hours=1.5)
            meal_obj: Obj = {"type": "meal", "time": _iso(ctx, t), "items": items}
            if note_next and pool is pools[0]:
                meal_obj["notes"] = note_next
                note_next = None
            out.append((t, meal_obj))
    return out


def _busy_session(ctx: Ctx, t: datetime) -> bool:
    if len(ctx.by_day_n) != 1 or ctx.by_day_n[0] != len(ctx.sessions):
        ctx.by_day = {}
        for s in ctx.sessions:
            ctx.by_day.setdefault(s.day, []).append(s)
        ctx.by_day_n = [len(ctx.sessions)]
    day = ctx.day_of(t)
    return any(s.start <= t <= s.end for d in (day - 1, day) for s in ctx.by_day.get(d, ()))


def _supplement_objs(ctx: Ctx) -> list[tuple[datetime, Obj]]:
    rng = ctx.rng
    key = ctx.person.persona.key
    out: list[tuple[datetime, Obj]] = []
    daily: list[tuple[str, dict[str, float], float]] = []
    if key in ("parkrunner", "cyclist"):
        daily.append(("Vitamin D3 1000 IU", {}, 0.6))
    if key == "cyclist":
        daily.append(("Glucosamine", {}, 0.5))
    if key in ("sprinter", "crossfit"):
        daily.append(("Creatine monohydrate 5 g", {}, 0.7))
    if key == "crossfit":
        daily.append(("Fish oil", {}, 0.4))
    if key == "nurse":
        daily.append(("Vitamin D3 1000 IU", {}, 0.4))
    if ctx.cause != "nutrient_deficiency" and rng.random() < 0.4:
        daily.append(
            ("Multivitamin", {"magnesium_mg": 50, "calcium_mg": 160, "potassium_mg": 80}, 0.5)
        )
    for i in range(ctx.n_days):
        for name, minerals, p in daily:
            if rng.random() < p:
                t = ctx.at(i, 8 + rng.choice([0, 0.5, 1.0]))
                out.append(
                    (t, {"type": "supplement", "time": _iso(ctx, t), "name": name, **minerals})
                )
    if ctx.cause == "nutrient_deficiency":
        a, b = ctx.low_phase
        if a == 0:  # dietitian referral at the end of the low phase
            for i in range(b, ctx.n_days):
                if rng.random() < 0.85:
                    t = ctx.at(i, 21.0)
                    out.append(
                        (
                            t,
                            {
                                "type": "supplement",
                                "time": _iso(ctx, t),
                                "name": "Magnesium glycinate",
                                "magnesium_mg": 200,
                            },
                        )
                    )
    if key == "crossfit":
        for s in ctx.sessions:
            if s.activity == "crossfit" and rng.random() < 0.3:
                t = s.start - timedelta(minutes=20)
                out.append(
                    (
                        t,
                        {
                            "type": "supplement",
                            "time": _iso(ctx, t),
                            "name": "Pre-workout (caffeine 200 mg)",
                        },
                    )
                )
    for s in ctx.sessions:
        if s.capsules_mg > 0:
            t = s.start + timedelta(minutes=min(45, s.duration / 3))
            out.append(
                (
                    t,
                    {
                        "type": "supplement",
                        "time": _iso(ctx, t),
                        "name": "Salt capsules",
                        "sodium_mg": s.capsules_mg,
                    },
                )
            )
    return out


def _medication_objs(ctx: Ctx) -> list[Obj]:
    rng = ctx.rng
    key = ctx.person.persona.key
    day0 = ctx.start
    out: list[Obj] = []

    def med(name: str, start: date, end: date | None = None, notes: str | None = None) -> None:
        o: Obj = {"type": "medication", "name": name, "start": start.isoformat()}
        if end is not None:
            o["end"] = end.isoformat()
        if notes:
            o["notes"] = notes
        out.append(o)

    if key == "cyclist":
        med("ramipril", day0 - timedelta(days=rng.randint(900, 3000)), notes="blood pressure")
        med("metformin", day0 - timedelta(days=rng.randint(700, 2500)), notes="type 2 diabetes")
        med("aspirin", day0 - timedelta(days=rng.randint(400, 2500)))
        if ctx.person.sex == "male":
            med("tamsulosin", day0 - timedelta(days=rng.randint(300, 1500)))
    if key == "parkrunner":
        a = day0 + timedelta(days=rng.randint(0, 5))
        med(
            "ibuprofen",
            a,
            a + timedelta(days=rng.randint(4, 10)),
            "for the calf, physio said short course",
        )
    if key in ("nurse", "crossfit", "sprinter", "parkrunner") and rng.random() < 0.6:
        a = day0 + timedelta(days=rng.randint(0, ctx.n_days - 20))
        med("cetirizine", a, a + timedelta(days=rng.randint(10, 40)), "hay fever")
    if rng.random() < 0.4:
        a = day0 + timedelta(days=rng.randint(5, ctx.n_days - 10))
        med("amoxicillin", a, a + timedelta(days=7), "chest infection")
    if key in ("farm", "crossfit") and rng.random() < 0.5:
        a = day0 + timedelta(days=rng.randint(5, ctx.n_days - 10))
        med("paracetamol", a, a + timedelta(days=rng.randint(2, 6)), "sore back")
    if ctx.cause == "medication":
        s = day0 + timedelta(days=ctx.med_start)
        e = None if ctx.med_end is None else day0 + timedelta(days=ctx.med_end)
        reason = {
            "atorvastatin": "GP started for cholesterol",
            "salmeterol": "new preventer inhaler for asthma",
            "formoterol": "new combination inhaler for asthma",
            "naproxen": "for shoulder pain",
            "raloxifene": "bone density",
        }.get(ctx.med_name, "GP started for blood pressure")
        if e is not None:
            reason += "; GP switched it after review"
        med(ctx.med_name, s, e, reason)
    return out


def _plan_medication(ctx: Ctx) -> None:
    rng = ctx.rng
    choices = _MED_CHOICES[ctx.person.persona.key]
    if ctx.person.persona.key == "cyclist" and ctx.person.sex == "female":
        choices = choices + ("raloxifene",)
    ctx.med_name = rng.choice(choices)
    ctx.med_start = int(ctx.n_days * rng.uniform(0.3, 0.55))
    if rng.random() < 0.4 and ctx.n_days - ctx.med_start > 80:
        ctx.med_end = ctx.med_start + int((ctx.n_days - ctx.med_start) * rng.uniform(0.6, 0.75))


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def _iso(ctx: Ctx, t: datetime) -> str:
    return ctx.local(t).replace(microsecond=0).isoformat()


def _ml(ctx: Ctx, ml: float) -> float | str:
    if ctx.person.climate.imperial:
        return f"{round(ml / 29.5735)} oz"
    return float(round(ml))


def _kg(ctx: Ctx, kg: float) -> float | str:
    if ctx.person.climate.imperial:
        return f"{round(kg / 0.45359237, 1)} lb"
    return round(kg, 1)


def _session_objs(ctx: Ctx) -> list[tuple[datetime, Obj]]:
    rng = ctx.rng
    out: list[tuple[datetime, Obj]] = []
    for s in ctx.sessions:
        o: Obj = {
            "type": "workout",
            "time": _iso(ctx, s.start),
            "duration_min": s.duration,
            "activity": s.activity,
        }
        if s.log_rpe:
            o["rpe"] = int(round(s.rpe)) if rng.random() < 0.8 else _half(s.rpe)
        if s.hr is not None:
            o["avg_hr"] = s.hr
        if s.log_dist and s.speed:
            o["distance_km"] = round(s.speed * s.duration / 60, 1)
        if s.tag == "parkrun":
            o["distance_km"] = 5.0
        if s.log_temp:
            if ctx.person.climate.imperial:
                o["temperature_c"] = f"{round(s.temp * 9 / 5 + 32)} degF"
            else:
                o["temperature_c"] = round(s.temp)
        if s.log_hum:
            o["humidity_pct"] = int(round(s.humidity / 5) * 5)
        if s.log_muscles and s.logged_muscles:
            o["muscle_groups"] = list(dict.fromkeys(s.logged_muscles))
        if s.warm_up is not None:
            o["warm_up_min"] = s.warm_up
        if s.notes:
            o["notes"] = s.notes
        out.append((s.start, o))
        if s.weighed:
            tp = s.start - timedelta(minutes=rng.choice([10, 15, 20]))
            tq = s.end + timedelta(minutes=rng.choice([5, 10]))
            out.append(
                (
                    tp,
                    {
                        "type": "body_mass",
                        "time": _iso(ctx, tp),
                        "kg": _kg(ctx, s.pre_kg),
                        "context": "pre_workout",
                    },
                )
            )
            out.append(
                (
                    tq,
                    {
                        "type": "body_mass",
                        "time": _iso(ctx, tq),
                        "kg": _kg(ctx, s.post_kg),
                        "context": "post_workout",
                    },
                )
            )
        if s.log_fluids:
            for off, ml, drink in s.drinks:
                t = s.start + timedelta(minutes=off)
                f: Obj = {"type": "fluid", "time": _iso(ctx, t), "ml": _ml(ctx, ml)}
                if drink != "water" or rng.random() < 0.6:
                    f["drink"] = drink
                out.append((t, f))
            if s.post_drink is not None:
                off, ml, drink = s.post_drink
                t = s.start + timedelta(minutes=off)
                out.append(
                    (t, {"type": "fluid", "time": _iso(ctx, t), "ml": _ml(ctx, ml), "drink": drink})
                )
    return out


def _sleep_objs(ctx: Ctx) -> list[tuple[datetime, Obj]]:
    out: list[tuple[datetime, Obj]] = []
    for sl in ctx.sleeps:
        if not sl.logged:
            continue
        o: Obj = {"type": "sleep", "time": _iso(ctx, sl.bed)}
        if sl.use_end:
            o["end"] = _iso(ctx, sl.wake)
        else:
            o["hours"] = sl.hours
        if sl.quality is not None:
            o["quality"] = sl.quality
        out.append((sl.bed, o))
    return out


def _episode_objs(ctx: Ctx) -> list[tuple[datetime, Obj]]:
    out: list[tuple[datetime, Obj]] = []
    for e in ctx.episodes:
        o: Obj = {"type": "episode", "time": _iso(ctx, e.time), "kind": e.kind, "muscle": e.muscle}
        if e.side:
            o["side"] = e.side
        o["duration_s"] = e.duration_s
        o["pain"] = e.pain
        o["during"] = e.during
        o["relief"] = e.relief
        if e.relieved is not None:
            o["relieved"] = e.relieved
        if e.flags is not None:
            o["flags"] = e.flags
        if e.notes:
            o["notes"] = e.notes
        out.append((e.time, o))
    return out


def _misc_objs(ctx: Ctx) -> list[tuple[datetime, Obj]]:
    rng = ctx.rng
    out: list[tuple[datetime, Obj]] = []
    for i in range(ctx.n_days):
        if rng.random() < 0.13:
            t = ctx.at(i, 6.5 + rng.choice([0, 0.25, 0.5, 1.0]))
            if not _busy(ctx, t) or ctx.person.persona.key == "nurse":
                out.append(
                    (
                        t,
                        {
                            "type": "body_mass",
                            "time": _iso(ctx, t),
                            "kg": _kg(ctx, ctx.mass_day[i]),
                            "context": "morning",
                        },
                    )
                )
        if ctx.meal_day[i] and rng.random() < 0.5:
            t = ctx.at(i, 10.5 + rng.choice([0, 0.5, 4.5]))
            drink = rng.choice(["coffee", "tea", "water", "coffee"])
            if ctx.low_day[i] and rng.random() < 0.4:
                drink = "soft_drink"
            if not _busy_session(ctx, t):
                out.append(
                    (
                        t,
                        {
                            "type": "fluid",
                            "time": _iso(ctx, t),
                            "ml": _ml(ctx, _bottle(ctx, rng.uniform(200, 400))),
                            "drink": drink,
                        },
                    )
                )
    return out


def _profile(ctx: Ctx) -> Obj:
    p = ctx.person
    notes = {
        "parkrunner": "Physio diary: back to running after a calf strain.",
        "nurse": "Physio diary: nurse on rotating shifts, netball wing attack.",
        "sprinter": "Physio diary: sprinter, 100/200 m.",
        "cyclist": "Physio diary: retired, cycles with the club.",
        "crossfit": "Physio diary: CrossFit most mornings.",
        "farm": "Physio diary: farm worker, jogs at weekends.",
    }[p.persona.key]
    o: Obj = {
        "type": "profile",
        "sex": p.sex,
        "birth_year": p.birth_year,
        "body_mass_kg": p.mass,
        "height_cm": p.height,
        "timezone": p.climate.tz,
    }
    if p.sex == "female" and p.persona.key != "cyclist":
        o["pregnant"] = False
    o["notes"] = notes
    return o


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------


def blind_journal(cause: str | None, seed: int) -> BlindJournal:
    """A deterministic synthetic physio-diary journal for one person (see the module docstring)."""
    return _generate(cause, seed)[1]


def _generate(cause: str | None, seed: int) -> tuple[Ctx, BlindJournal]:
    if cause is not None and cause not in CAUSES:
        raise ValueError(f"unknown cause {cause!r}")
    rng = random.Random(f"blind-m|{cause}|{seed}")
    persona = PERSONAS[seed % len(PERSONAS)]
    person = _make_person(rng, persona, cause)
    start, n_days = _choose_calendar(rng, person, cause)
    ctx = Ctx(rng, cause, person, start, n_days)
    months = n_days / 30.4
    if cause is None:
        n_bg = int(round(rng.uniform(8, 13) + n_days / 60))
    else:
        n_bg = max(2, int(round(months * persona.bg_rate * rng.uniform(0.8, 1.2))))
        ctx.k_target = max(n_bg + 4, rng.randint(9, 15) + (2 if n_days > 150 else 0))
    if persona.key == "nurse":
        roster: list[str] = []
        while len(roster) < n_days + 2:
            roster += (
                ["D"] * rng.randint(2, 4)
                + ["O"] * rng.randint(1, 3)
                + ["N"] * rng.randint(2, 3)
                + ["O"] * rng.randint(2, 4)
            )
        ctx.roster = roster[: n_days + 2]
    _make_weather(ctx)
    _make_diet_plan(ctx)
    _make_sessions(ctx)
    if cause == "training_load_spike":
        _plant_spike(ctx)
    elif cause == "muscle_fatigue":
        _plant_fatigue(ctx)
    elif cause == "electrolyte_loss":
        _plant_long(ctx, 0.95)
    elif cause == "dehydration":
        _plant_long(ctx, 0.8)
    elif cause == "medication":
        _plan_medication(ctx)
    _resolve_overlaps(ctx)
    _make_sleeps(ctx)
    _hydrate(ctx)
    _logging(ctx)

    _make_planted(ctx, ctx.k_target)
    _make_background(ctx, n_bg)
    ctx.episodes.sort(key=lambda e: e.time)

    t0 = ctx.at(0, 0)
    t1 = ctx.at(n_days, 0)
    timed: list[tuple[datetime, Obj]] = []
    timed += _session_objs(ctx)
    timed += _sleep_objs(ctx)
    timed += _episode_objs(ctx)
    timed += _meal_objs(ctx)
    timed += _supplement_objs(ctx)
    timed += _misc_objs(ctx)
    timed = [(t, o) for t, o in timed if t0 <= t < t1]
    timed.sort(key=lambda x: x[0])
    objects: list[Obj] = [_profile(ctx)] + _medication_objs(ctx)
    seen: set[str] = set()
    for _, o in timed:
        sig = repr(sorted(o.items()))
        if sig in seen:
            continue
        seen.add(sig)
        objects.append(o)
    return ctx, BlindJournal(cause, objects, t0, t1)
