"""Apple Health values in journal units, and the nightly grouping of sleep records.

Kept apart from the streaming parser (``apple_health.py``) so the mapping rules can be read and
tested on their own. Conversions are plain factors (no pint) because they run for every used
record of exports with millions of them.

Sleep: HealthKit writes one record per sleep stage (AsleepCore/Deep/REM, older "Asleep") and
"InBed" spans, often from two sources (iPhone and Watch). The insight engine wants one total per
night, so records are grouped by night (noon to noon in the record's own UTC offset, so a nap
counts with the night that follows it) and become one ``sleep`` entry: ``time`` = first asleep
moment, ``end`` = last, ``hours`` = the union of asleep spans (overlaps between sources counted
once, awake gaps left out). A night with no asleep record at all falls back to its InBed spans,
said so in ``notes``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from crampwise.importers.building import r4

MASS_KG = {"kg": 1.0, "lb": 0.45359237, "g": 0.001, "st": 6.35029318, "oz": 0.028349523125}
VOLUME_ML = {"mL": 1.0, "ml": 1.0, "L": 1000.0, "dL": 100.0, "cL": 10.0,
             "fl_oz_us": 29.5735295625, "fl_oz_imp": 28.4130625, "cup_us": 236.5882365,
             "cup_imp": 284.130625, "pt_us": 473.176473, "pt_imp": 568.26125}
MASS_MG = {"mg": 1.0, "g": 1000.0, "mcg": 0.001, "µg": 0.001, "ug": 0.001, "kg": 1e6}
DISTANCE_KM = {"km": 1.0, "m": 0.001, "cm": 1e-5, "mi": 1.609344, "yd": 0.0009144,
               "ft": 0.0003048}
DURATION_MIN = {"min": 1.0, "s": 1 / 60, "ms": 1 / 60000, "hr": 60.0, "h": 60.0, "d": 1440.0}
ENERGY_KCAL = {"kcal": 1.0, "Cal": 1.0, "kJ": 0.2390057361, "cal": 0.001}

MINERALS = {
    "HKQuantityTypeIdentifierDietaryMagnesium": "magnesium_mg",
    "HKQuantityTypeIdentifierDietaryPotassium": "potassium_mg",
    "HKQuantityTypeIdentifierDietaryCalcium": "calcium_mg",
    "HKQuantityTypeIdentifierDietarySodium": "sodium_mg",
}
BODY_MASS = "HKQuantityTypeIdentifierBodyMass"
WATER = "HKQuantityTypeIdentifierDietaryWater"
SLEEP = "HKCategoryTypeIdentifierSleepAnalysis"
DISTANCE_STATS = ("HKQuantityTypeIdentifierDistanceWalkingRunning",
                  "HKQuantityTypeIdentifierDistanceCycling",
                  "HKQuantityTypeIdentifierDistanceSwimming",
                  "HKQuantityTypeIdentifierDistanceWheelchair",
                  "HKQuantityTypeIdentifierDistanceDownhillSnowSports",
                  "HKQuantityTypeIdentifierDistanceCrossCountrySkiing",
                  "HKQuantityTypeIdentifierDistancePaddleSports",
                  "HKQuantityTypeIdentifierDistanceRowing")
HEART_RATE = "HKQuantityTypeIdentifierHeartRate"
ACTIVE_ENERGY = "HKQuantityTypeIdentifierActiveEnergyBurned"
_PREFIXES = ("HKQuantityTypeIdentifier", "HKCategoryTypeIdentifier", "HKCorrelationTypeIdentifier",
             "HKDataType")


def short_type(kind: str | None) -> str:
    """``HKQuantityTypeIdentifierHeartRate`` → ``HeartRate`` (for ids and the summary)."""
    if not kind:
        return "(no type)"
    for prefix in _PREFIXES:
        if kind.startswith(prefix):
            return kind[len(prefix):]
    return kind


def parse_time(text: str) -> dt.datetime:
    """``2019-06-11 15:00:00 -0700`` (Apple's format) as an aware datetime."""
    if len(text) == 25 and text[19] == " ":
        return dt.datetime.fromisoformat(text[:19] + text[20:])
    return dt.datetime.fromisoformat(text.replace(" +", "+").replace(" -", "-"))


def quantity(value: str | None, unit: str | None, factors: dict[str, float]) -> float | None:
    """A value in the journal unit, or None when it is missing or its unit unknown."""
    if value is None:
        return None
    factor = factors.get(unit or "")
    if factor is None:
        return None
    try:
        return float(value) * factor
    except ValueError:
        return None


def temperature_c(text: str | None) -> float | None:
    """``"77 degF"`` / ``"25 degC"`` (HKWeatherTemperature) in °C."""
    if not text:
        return None
    number, _, unit = text.strip().partition(" ")
    try:
        value = float(number)
    except ValueError:
        return None
    unit = unit.strip()
    if unit in ("degF", "°F", "F"):
        return r4((value - 32) * 5 / 9)
    if unit in ("degC", "°C", "C", ""):
        return r4(value)
    if unit == "K":
        return r4(value - 273.15)
    return None


def humidity_pct(text: str | None) -> float | None:
    """``"50 %"`` in percent. Real exports write ``"5000 %"`` for 50 %: values > 100 are /100."""
    if not text:
        return None
    number = text.strip().rstrip("%").strip()
    try:
        value = float(number)
    except ValueError:
        return None
    # HealthKit stores humidity as a percent quantity whose export multiplies by 100 once too
    # often ("5000 %" = 50 %); the small real samples write "96 %". Both are accepted.
    return r4(value / 100 if value > 100 else value)


def record_id(short: str, attrs: dict[str, str]) -> str:
    """A stable id for one record: type, start, and a digest of source, end, value and unit."""
    basis = "\x00".join((attrs.get("sourceName", ""), attrs.get("endDate", ""),
                         attrs.get("value", ""), attrs.get("unit", "")))
    digest = hashlib.sha1(basis.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
    return f"ah:{short}:{attrs.get('startDate', '')}:{digest}"


@dataclass
class Night:
    """Sleep spans of one night (noon to noon, local)."""

    asleep: list[tuple[dt.datetime, dt.datetime]] = field(default_factory=list)
    in_bed: list[tuple[dt.datetime, dt.datetime]] = field(default_factory=list)


def night_key(start: dt.datetime) -> dt.date:
    """The night a sleep span belongs to: the local date of the noon before it started."""
    return (start - dt.timedelta(hours=12)).date()


def union_hours(spans: list[tuple[dt.datetime, dt.datetime]]) -> float:
    """Hours covered by ``spans``, overlaps counted once."""
    total = 0.0
    current_start: dt.datetime | None = None
    current_end: dt.datetime | None = None
    for start, end in sorted(spans):
        if current_end is None or start > current_end:
            if current_start is not None and current_end is not None:
                total += (current_end - current_start).total_seconds()
            current_start, current_end = start, end
        elif end > current_end:
            current_end = end
    if current_start is not None and current_end is not None:
        total += (current_end - current_start).total_seconds()
    return total / 3600


def night_fields(key: dt.date, night: Night) -> dict[str, object] | None:
    """The ``sleep`` entry fields for one night, or None when it has no asleep or InBed span."""
    spans, note = night.asleep, None
    if not spans:
        spans, note = night.in_bed, "time in bed (no asleep data for this night)"
    if not spans:
        return None
    fields: dict[str, object] = {
        "id": f"ah:sleep:{key.isoformat()}", "time": min(s for s, _ in spans),
        "end": max(e for _, e in spans), "hours": r4(union_hours(spans)),
    }
    if note:
        fields["notes"] = note
    return fields
