"""Quantities given as strings with a unit ("16 oz", "165 lb", "86 degF") converted with pint.

Journal keys name their unit (``kg``, ``ml``, ``temperature_c``); a plain number is taken in that
unit, a string is parsed and converted. Results are rounded to 4 decimals so that a converted value
survives export and re-import unchanged.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pint

_NUMBER_UNIT = re.compile(r"^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*([^\d\s].*?)\s*$")
_ALIASES = {"°c": "degC", "°f": "degF", "celsius": "degC", "fahrenheit": "degF", "c": "degC",
            "f": "degF", "lbs": "lb", "hrs": "hour", "hr": "hour", "mins": "minute",
            "secs": "second", "sec": "second", "cc": "ml", "cups": "cup"}


@cache
def _registry() -> pint.UnitRegistry[Any]:
    import pint  # imported on first use: it costs a third of a second at start-up

    return pint.UnitRegistry()


def convert(value: Any, unit: str) -> Any:
    """Return ``value`` in ``unit`` if it is a string with a unit; leave other values for Pydantic.

    Raises ``ValueError`` with what was expected when the string cannot be read or converted.
    """
    if not isinstance(value, str):
        return value
    text = value.strip()
    try:
        return float(text)
    except ValueError:
        pass
    match = _NUMBER_UNIT.match(text)
    if not match:
        raise ValueError(f"expected a number or a number with a unit convertible to {unit}, "
                         f"e.g. '{_example(unit)}'")
    number, unit_text = float(match.group(1)), match.group(2).strip()
    unit_text = _ALIASES.get(unit_text.lower(), unit_text)
    import pint

    ureg = _registry()
    if unit == "ml" and unit_text.lower() in ("oz", "ounce", "ounces", "fl oz", "fl. oz"):
        unit_text = "fluid_ounce"  # a drink in ounces is a volume (US fluid ounce)
    try:
        quantity = ureg.Quantity(number, unit_text)
        converted = quantity.to(unit).magnitude
    except (pint.errors.UndefinedUnitError, AttributeError, AssertionError):
        raise ValueError(f"unknown unit {unit_text!r}; expected a unit convertible to {unit}, "
                         f"e.g. '{_example(unit)}'") from None
    except pint.errors.DimensionalityError:
        raise ValueError(f"{unit_text!r} cannot be converted to {unit}; "
                         f"expected e.g. '{_example(unit)}'") from None
    return round(float(converted), 4)


def _example(unit: str) -> str:
    return {"kg": "165 lb", "ml": "16 oz", "degC": "86 degF", "km": "6.2 mi", "minute": "1.5 h",
            "second": "2 min", "cm": "5.9 ft"}.get(unit, f"1 {unit}")
