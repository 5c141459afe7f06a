"""The quick log forms: which fields each journal type shows, and form values → journal object.

One description per journal type (spec/journal.md) drives both the rendered form and the
conversion back, so a field cannot be shown and then forgotten. Quantities are sent to the journal
as strings with a unit ("16 floz"), which the journal models convert to metric.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from crampwise.domain import vocabulary as vocab
from crampwise.domain.journal import Entry
from crampwise.web.pages._common import Units


@dataclass(frozen=True)
class Field:
    """One input: name (journal key), label, input kind, stored unit, options, hint."""

    name: str
    label: str
    kind: str = "number"  # number | text | select | datetime | date | bool | multi | items
    unit: str | None = None  # kg | ml | km | degC: converted for imperial display
    options: tuple[str, ...] = ()
    required: bool = False
    hint: str = ""
    step: str = "any"
    remember: bool = True  # default to the last logged value
    labels: dict[str, str] = field(default_factory=dict)


def _opts(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(names)


TIME = Field("time", "When", "datetime", required=True, remember=False)
NOTES = Field("notes", "Notes", "text", remember=False)

FORMS: dict[str, tuple[str, tuple[Field, ...]]] = {
    "workout": ("Workout", (
        TIME,
        Field("activity", "Activity", "select", options=_opts(vocab.ACTIVITIES), required=True),
        Field("duration_min", "Duration (minutes)", required=True, step="1"),
        Field("rpe", "Effort, 0 (rest) to 10 (maximal)", hint="How hard the whole session felt",
              step="1"),
        Field("distance_km", "Distance", unit="km", remember=False),
        Field("avg_hr", "Average heart rate (bpm)", step="1", remember=False),
        Field("temperature_c", "Temperature", unit="degC"),
        Field("humidity_pct", "Humidity (%)"),
        Field("muscle_groups", "Muscles worked", "multi", options=_opts(vocab.MUSCLES)),
        Field("warm_up_min", "Warm-up (minutes)"),
        Field("cool_down_min", "Cool-down (minutes)"),
        Field("mass_before_kg", "Body mass before", unit="kg", remember=False,
              hint="Weigh before and after to see how much you sweat"),
        Field("mass_after_kg", "Body mass after", unit="kg", remember=False),
        Field("fluid_ml", "Drank during the workout", unit="ml", remember=False),
        Field("fluid_drink", "Drink", "select", options=_opts(vocab.DRINKS)),
        NOTES,
    )),
    "episode": ("Cramp or twitch", (
        TIME,
        Field("kind", "What", "select", options=("spasm", "twitch"), required=True,
              labels={"spasm": "cramp", "twitch": "twitch"}),
        Field("muscle", "Muscle", "select", options=_opts(vocab.MUSCLES), required=True),
        Field("side", "Side", "select", options=("left", "right", "both")),
        Field("duration_s", "How long (seconds)", remember=False),
        Field("pain", "Pain, 0 to 10", step="1", remember=False),
        Field("during", "When it happened", "select",
              options=("exercise", "after_exercise", "rest", "sleep")),
        Field("relief", "What you tried", "multi", options=_opts(vocab.RELIEF_METHODS),
              remember=False),
        Field("relieved", "Self-care stopped it", "bool", remember=False),
        NOTES,
    )),
    "body_mass": ("Body mass", (
        TIME,
        Field("kg", "Body mass", unit="kg", required=True),
        Field("context", "When", "select",
              options=("morning", "pre_workout", "post_workout", "other")),
        NOTES,
    )),
    "fluid": ("Drink", (
        TIME,
        Field("ml", "Amount", unit="ml", required=True),
        Field("drink", "Drink", "select", options=_opts(vocab.DRINKS)),
        Field("sodium_mg", "Sodium (mg)", hint="Leave empty to use the drink's typical value",
              remember=False),
        NOTES,
    )),
    "sleep": ("Sleep", (
        Field("time", "Bedtime", "datetime", required=True, remember=False),
        Field("hours", "Hours slept", required=True),
        Field("quality", "Quality, 1 (poor) to 5 (great)", step="1"),
        NOTES,
    )),
    "meal": ("Meal", (
        TIME,
        Field("items", "What you ate", "items", remember=False,
              hint="One food per line with grams first, e.g. 120 banana, raw"),
        Field("water_ml", "Water in the meal (soup, fruit)", unit="ml", remember=False),
        NOTES,
    )),
    "supplement": ("Supplement", (
        TIME,
        Field("name", "Name", "text", required=True),
        Field("magnesium_mg", "Magnesium (mg)"),
        Field("potassium_mg", "Potassium (mg)"),
        Field("calcium_mg", "Calcium (mg)"),
        Field("sodium_mg", "Sodium (mg)"),
        NOTES,
    )),
    "medication": ("Medicine", (
        Field("name", "Medicine", "text", required=True, remember=False,
              hint="The name on the pack, e.g. atorvastatin"),
        Field("start", "Started", "date", required=True, remember=False),
        Field("end", "Stopped (leave empty if still taking it)", "date", remember=False),
        NOTES,
    )),
}

_EXTRA_WORKOUT = ("mass_before_kg", "mass_after_kg", "fluid_ml", "fluid_drink")
_ITEM = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:g\b|grams?\b)?\s*(.+?)\s*$")


def local_input(value: dt.datetime, zone: dt.tzinfo) -> str:
    """A time as a datetime-local input value in the person's zone."""
    return value.astimezone(zone).strftime("%Y-%m-%dT%H:%M")


def defaults(kind: str, last: Entry | None, now: dt.datetime, units: Units) -> dict[str, str]:
    """Form values before anything is typed: now, and the remembered last values."""
    values: dict[str, str] = {}
    for f in FORMS[kind][1]:
        if f.kind == "datetime":
            values[f.name] = now.strftime("%Y-%m-%dT%H:%M")
        elif f.kind == "date":
            values[f.name] = now.date().isoformat() if f.required else ""
    if last is not None:
        values.update(from_entry(kind, last, now.tzinfo or dt.UTC, units, only_remembered=True))
    return values


def from_entry(kind: str, entry: Entry, zone: dt.tzinfo, units: Units,
               only_remembered: bool = False) -> dict[str, str]:
    """Form values showing a stored entry (for editing, or as remembered defaults)."""
    data = entry.model_dump()
    values: dict[str, str] = {}
    for f in FORMS[kind][1]:
        value = data.get(f.name)
        if value is None or (only_remembered and not f.remember):
            continue
        if f.kind == "datetime" and isinstance(value, dt.datetime):
            values[f.name] = local_input(value, zone)
        elif f.kind == "multi":
            values[f.name] = ",".join(value)
        elif f.kind == "bool":
            values[f.name] = "yes" if value else ""
        elif f.kind == "items":
            values[f.name] = "\n".join(f"{i.get('grams', '')} {i.get('food') or i.get('ndb_no')}"
                                       for i in value)
        elif f.unit:
            values[f.name] = f"{units.number(float(value), f.unit):g}"
        elif isinstance(value, float):
            values[f.name] = f"{value:g}"
        else:
            values[f.name] = str(value)
    return values


def to_objects(kind: str, form: dict[str, Any], zone: dt.tzinfo,
               units: Units) -> list[dict[str, Any]]:
    """Journal objects for a submitted form (a workout may bring body masses and a drink)."""
    obj: dict[str, Any] = {"type": kind}
    for f in FORMS[kind][1]:
        raw = form.get(f.name)
        if f.kind == "multi":
            picked = [v for v in (raw if isinstance(raw, list) else [raw]) if v]
            if picked:
                obj[f.name] = picked
            continue
        text = str(raw).strip() if raw is not None else ""
        if f.kind == "bool":
            if text:
                obj[f.name] = text in ("yes", "true", "on", "1")
            continue
        if not text:
            continue
        if f.kind == "datetime":
            obj[f.name] = _aware(text, zone)
        elif f.kind == "items":
            obj[f.name] = _items(text)
        elif f.unit:
            obj[f.name] = units.parse(text, f.unit)
        elif f.kind in ("text", "select", "date"):
            obj[f.name] = text
        else:
            obj[f.name] = _number(text)
    if kind != "workout":
        return [obj]
    extra = {k: obj.pop(k) for k in _EXTRA_WORKOUT if k in obj}
    out = [obj]
    when = obj.get("time")
    if "mass_before_kg" in extra:
        out.append({"type": "body_mass", "time": when, "kg": extra["mass_before_kg"],
                    "context": "pre_workout"})
    if "mass_after_kg" in extra and when:
        end = dt.datetime.fromisoformat(when) + dt.timedelta(
            minutes=float(obj.get("duration_min") or 0))
        out.append({"type": "body_mass", "time": end.isoformat(), "kg": extra["mass_after_kg"],
                    "context": "post_workout"})
    if "fluid_ml" in extra:
        out.append({"type": "fluid", "time": when, "ml": extra["fluid_ml"],
                    "drink": extra.get("fluid_drink", "water")})
    return out


def _aware(text: str, zone: dt.tzinfo) -> str:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return text  # the journal model names the problem
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.isoformat()


def _number(text: str) -> float | int | str:
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return text  # the journal model says what was expected
    return int(number) if number.is_integer() else number


def _items(text: str) -> list[dict[str, Any]] | str:
    items: list[dict[str, Any]] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        match = _ITEM.match(line)
        if match is None:
            return f"'{line.strip()}': expected grams then the food, e.g. 120 banana, raw"
        items.append({"grams": _number(match.group(1)), "food": match.group(2)})
    return items
