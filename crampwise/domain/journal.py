"""The journal entry models of spec/journal.md: the canonical schema of a person's data.

These models are the API schemas, the import format and the export format at once. Validation
context ``{"tz": ZoneInfo}`` lets naive times through by attaching that zone (``--tz`` or the
profile's zone); without it a naive time is an error.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Annotated, Any, ClassVar, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StrictBool,
    ValidationInfo,
    field_validator,
    model_validator,
)

from crampwise.domain import vocabulary as vocab
from crampwise.domain.units import convert

ENTRY_TYPES = ("profile", "workout", "episode", "body_mass", "fluid", "sleep", "meal",
               "supplement", "medication")
EPISODE_DURING = ("exercise", "after_exercise", "rest", "sleep")
MASS_CONTEXTS = ("morning", "pre_workout", "post_workout", "other")
SEXES = ("female", "male", "other")


def _number_out(value: float) -> float | int:
    """Whole numbers export as integers ("duration_min": 105, not 105.0)."""
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _not_bool(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError("expected a number, not true/false")
    return value


def _quantity(unit: str) -> BeforeValidator:
    def number_in_unit(value: Any) -> Any:
        if type(value) is float or type(value) is int:  # the common case, checked first
            return value
        return _not_bool(convert(value, unit))
    return BeforeValidator(number_in_unit)


Num = Annotated[float, PlainSerializer(_number_out, return_type=float | int)]


def _qty(unit: str, **limits: float) -> Any:
    bounds: Any = Field(allow_inf_nan=False, **limits)  # type: ignore[call-overload]
    return Annotated[float, _quantity(unit), bounds,
                     PlainSerializer(_number_out, return_type=float | int)]


def _check_aware(value: dt.datetime, info: ValidationInfo) -> dt.datetime:
    if value.tzinfo is None:
        zone = (info.context or {}).get("tz")
        if zone is None:
            raise ValueError("time has no UTC offset; write it like 2026-05-01T07:00:00+02:00, "
                             "or import with --tz (e.g. --tz Europe/Paris) or set a profile "
                             "time zone")
        # The profile/--tz zone's offset at that moment, kept as a fixed offset for round trips.
        value = value.replace(tzinfo=zone)
        value = value.replace(tzinfo=dt.timezone(value.utcoffset() or dt.timedelta(0)))
    return value


def _no_date_only(value: Any) -> Any:
    if isinstance(value, str) and len(value.strip()) == 10:
        raise ValueError("expected a date and time, e.g. 2026-05-01T07:00:00+02:00")
    return value


Time = Annotated[dt.datetime, BeforeValidator(_no_date_only), AfterValidator(_check_aware)]


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("text must not contain NUL characters (\\u0000)")
    return value


# Free text: NUL is never meant, and PostgreSQL cannot store it in a text column.
Text = Annotated[str, AfterValidator(_no_nul)]


def _canon(term: str, value: Any) -> Any:
    return vocab.term(term).canonical(value) if isinstance(value, str) else value


def _canon_validator(term: str) -> BeforeValidator:
    return BeforeValidator(partial(_canon, term))


Muscle = Annotated[str, _canon_validator("muscle")]
Activity = Annotated[str, _canon_validator("activity")]
Drink = Annotated[str, _canon_validator("drink")]
ReliefMethod = Annotated[str, _canon_validator("relief")]
Side = Annotated[Literal["left", "right", "both"], _canon_validator("side")]
Kind = Annotated[Literal["twitch", "spasm"], _canon_validator("kind")]


class Entry(BaseModel):
    """Keys every entry may have."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True,
                              validate_default=False)
    time_key: ClassVar[str | None] = "time"

    id: Text | None = Field(default=None, min_length=1, max_length=128)
    notes: Text | None = Field(default=None, max_length=2000)

    @property
    def when(self) -> dt.datetime | None:
        """The moment the entry is filed under (None for the profile)."""
        value = getattr(self, self.time_key) if self.time_key else None
        if isinstance(value, dt.datetime):
            return value
        if isinstance(value, dt.date):
            return dt.datetime.combine(value, dt.time(0), tzinfo=dt.UTC)
        return None

    def to_json(self) -> dict[str, Any]:
        """The canonical journal line (type first, absent keys left out)."""
        data = self.model_dump(mode="json", exclude_none=True)
        return {"type": data.pop("type"), **data}


class Profile(Entry):
    time_key: ClassVar[str | None] = None
    type: Literal["profile"] = "profile"
    sex: Literal["female", "male", "other"] | None = None
    birth_year: int | None = None
    body_mass_kg: _qty("kg", ge=20, le=300) | None = None  # type: ignore[valid-type]
    height_cm: _qty("cm", ge=100, le=250) | None = None  # type: ignore[valid-type]
    timezone: Text | None = None
    pregnant: StrictBool | None = None
    sweat_sodium_mmol_l: _qty("mmol/L", ge=5, le=150) | None = None  # type: ignore[valid-type]
    """Measured sweat sodium (a sweat-patch or lab test); without it the average is assumed."""

    @field_validator("birth_year")
    @classmethod
    def _year(cls, value: int | None) -> int | None:
        this_year = dt.datetime.now(dt.UTC).year
        if value is not None and not 1900 <= value <= this_year:
            raise ValueError(f"expected a year between 1900 and {this_year}")
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str | None) -> str | None:
        if value is None:
            return value
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("expected an IANA time zone name such as Europe/Berlin") from None
        return value


class Workout(Entry):
    type: Literal["workout"] = "workout"
    time: Time
    duration_min: _qty("minute", gt=0, le=1440)  # type: ignore[valid-type]
    activity: Activity
    rpe: _qty("dimensionless", ge=0, le=10) | None = None  # type: ignore[valid-type]
    avg_hr: int | None = Field(default=None, ge=30, le=250)
    distance_km: _qty("km", ge=0, le=1000) | None = None  # type: ignore[valid-type]
    temperature_c: _qty("degC", ge=-40, le=55) | None = None  # type: ignore[valid-type]
    humidity_pct: _qty("percent", ge=0, le=100) | None = None  # type: ignore[valid-type]
    muscle_groups: list[Muscle] | None = None
    warm_up_min: _qty("minute", ge=0, le=180) | None = None  # type: ignore[valid-type]
    cool_down_min: _qty("minute", ge=0, le=180) | None = None  # type: ignore[valid-type]
    # Extension of journal.md: urine passed during the session, for an exact sweat-rate test.
    urine_ml: _qty("ml", ge=0, le=3000) | None = None  # type: ignore[valid-type]

    @property
    def end(self) -> dt.datetime:
        return self.time + dt.timedelta(minutes=self.duration_min)


class Episode(Entry):
    type: Literal["episode"] = "episode"
    time: Time
    kind: Kind
    muscle: Muscle
    side: Side | None = None
    duration_s: _qty("second", ge=0, le=86400) | None = None  # type: ignore[valid-type]
    pain: int | None = Field(default=None, ge=0, le=10)
    during: Literal["exercise", "after_exercise", "rest", "sleep"] | None = None
    relief: list[ReliefMethod] | None = None
    relieved: StrictBool | None = None
    flags: dict[str, StrictBool] | None = None

    @field_validator("flags", mode="before")
    @classmethod
    def _flags(cls, value: Any) -> Any:
        if isinstance(value, dict):
            unknown = [k for k in value if k not in vocab.FLAGS]
            if unknown:
                names = []
                for key in unknown:
                    try:
                        vocab.term("flag").canonical(key)
                    except vocab.VocabularyError as exc:
                        names.append(str(exc))
                raise ValueError("; ".join(names) or f"unknown red-flag keys {unknown}")
        return value


class BodyMass(Entry):
    type: Literal["body_mass"] = "body_mass"
    time: Time
    kg: _qty("kg", ge=20, le=300)  # type: ignore[valid-type]
    context: Literal["morning", "pre_workout", "post_workout", "other"] | None = None


class Fluid(Entry):
    type: Literal["fluid"] = "fluid"
    time: Time
    ml: _qty("ml", gt=0, le=5000)  # type: ignore[valid-type]
    drink: Drink = "water"
    sodium_mg: _qty("mg", ge=0) | None = None  # type: ignore[valid-type]
    potassium_mg: _qty("mg", ge=0) | None = None  # type: ignore[valid-type]

    @property
    def sodium_total_mg(self) -> float:
        """Sodium in this drink: as logged, else the drink's typical label value."""
        if self.sodium_mg is not None:
            return float(self.sodium_mg)
        return float(vocab.drink_sodium_mg_per_l(self.drink) * self.ml / 1000.0)


class Sleep(Entry):
    type: Literal["sleep"] = "sleep"
    time: Time
    end: Time | None = None
    hours: _qty("hour", ge=0, le=24) | None = None  # type: ignore[valid-type]
    quality: int | None = Field(default=None, ge=1, le=5)

    @model_validator(mode="after")
    def _end_or_hours(self) -> Sleep:
        if self.end is None and self.hours is None:
            raise ValueError("give either 'end' (wake time) or 'hours'")
        if self.end is not None:
            span = (self.end - self.time).total_seconds() / 3600
            if not 0 <= span <= 24:
                raise ValueError("'end' must be after 'time' and within 24 hours of it")
        return self

    @property
    def duration_h(self) -> float:
        if self.hours is not None:
            return float(self.hours)
        assert self.end is not None
        return (self.end - self.time).total_seconds() / 3600


class MealItem(BaseModel):
    """One food: by name (matched to the food table) or by USDA SR28 number, with grams."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    food: Text | None = Field(default=None, min_length=1, max_length=200)
    ndb_no: str | None = Field(default=None, pattern=r"^\d{4,5}$")
    grams: _qty("g", gt=0, le=5000)  # type: ignore[valid-type]

    @model_validator(mode="after")
    def _resolve(self) -> MealItem:
        from crampwise.knowledge import foods

        if self.ndb_no is None and self.food is None:
            raise ValueError("an item needs 'food' (a name) or 'ndb_no' (a USDA number)")
        try:
            if self.ndb_no is not None:
                self.ndb_no = foods.food_by_ndb(self.ndb_no.zfill(5)).ndb_no
            else:
                assert self.food is not None
                self.ndb_no = foods.match_food(self.food).ndb_no
        except (KeyError, ValueError) as exc:
            raise ValueError(str(exc).strip("'\"")) from None
        return self


class Meal(Entry):
    type: Literal["meal"] = "meal"
    time: Time
    items: list[MealItem] | None = None
    magnesium_mg: _qty("mg", ge=0) | None = None  # type: ignore[valid-type]
    potassium_mg: _qty("mg", ge=0) | None = None  # type: ignore[valid-type]
    calcium_mg: _qty("mg", ge=0) | None = None  # type: ignore[valid-type]
    sodium_mg: _qty("mg", ge=0) | None = None  # type: ignore[valid-type]
    energy_kcal: _qty("kcal", ge=0) | None = None  # type: ignore[valid-type]
    water_ml: _qty("ml", ge=0) | None = None  # type: ignore[valid-type]


class Supplement(Entry):
    type: Literal["supplement"] = "supplement"
    time: Time
    name: Text = Field(min_length=1, max_length=200)
    magnesium_mg: _qty("mg", ge=0) | None = None  # type: ignore[valid-type]
    potassium_mg: _qty("mg", ge=0) | None = None  # type: ignore[valid-type]
    calcium_mg: _qty("mg", ge=0) | None = None  # type: ignore[valid-type]
    sodium_mg: _qty("mg", ge=0) | None = None  # type: ignore[valid-type]


def _date_or_time(value: Any, info: ValidationInfo) -> Any:
    """Medication dates may be a plain date; a date-time needs an offset like other times."""
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text) if len(text) == 10 else value
        except ValueError:
            raise ValueError("expected a date (2026-05-01) or a time with UTC offset") from None
    return value


def _aware_if_datetime(value: dt.date | dt.datetime, info: ValidationInfo) -> Any:
    if isinstance(value, dt.datetime):
        return _check_aware(value, info)
    return value


DateOrTime = Annotated[dt.datetime | dt.date, BeforeValidator(_date_or_time),
                       AfterValidator(_aware_if_datetime)]


class Medication(Entry):
    time_key: ClassVar[str | None] = "start"
    type: Literal["medication"] = "medication"
    name: Text = Field(min_length=1, max_length=200)
    start: DateOrTime
    end: DateOrTime | None = None


JournalEntry = (Profile | Workout | Episode | BodyMass | Fluid | Sleep | Meal | Supplement
                | Medication)

MODELS: dict[str, type[Entry]] = {
    "profile": Profile, "workout": Workout, "episode": Episode, "body_mass": BodyMass,
    "fluid": Fluid, "sleep": Sleep, "meal": Meal, "supplement": Supplement,
    "medication": Medication,
}
