"""What every product page shares: templates, the signed-in user, units and time helpers.

Pages import ``DbUrl``, ``PageUser`` and ``render`` from here so that the wiring to the accounts
layer (``crampwise.web.deps``) lives in one place.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.responses import HTMLResponse

from crampwise.services.accounts import Account
from crampwise.web.deps import UNITS_COOKIE, DbUrl, PageUser, templates

__all__ = ["DbUrl", "PageUser", "Units", "now_in", "render", "templates", "units_of", "zone_of"]

# display unit, journal-string unit, factor from metric, offset (for temperatures)
_IMPERIAL = {
    "kg": ("lb", "lb", 2.2046226218, 0.0),
    "ml": ("fl oz", "floz", 0.0338140227, 0.0),
    "km": ("mi", "mi", 0.6213711922, 0.0),
    "degC": ("°F", "degF", 1.8, 32.0),
}
_METRIC_LABEL = {"kg": "kg", "ml": "ml", "km": "km", "degC": "°C"}


class Units:
    """Display and form conversion for one person's choice of metric or imperial."""

    def __init__(self, system: str) -> None:
        self.system = "imperial" if system == "imperial" else "metric"

    @property
    def imperial(self) -> bool:
        return self.system == "imperial"

    def label(self, unit: str) -> str:
        """The unit shown beside a value stored in ``unit`` (kg, ml, km or degC)."""
        return _IMPERIAL[unit][0] if self.imperial else _METRIC_LABEL[unit]

    def show(self, value: float | list[float] | None, unit: str, digits: int = 1) -> str:
        """A stored metric value (or a [low, high] range) in the person's units, with its unit."""
        if value is None:
            return ""
        if isinstance(value, list | tuple):
            numbers = "–".join(f"{self.number(float(v), unit, digits):g}" for v in value)
            return f"{numbers} {self.label(unit)}"
        return f"{self.number(float(value), unit, digits):g} {self.label(unit)}"

    def number(self, value: float, unit: str, digits: int = 1) -> float:
        """A stored metric value converted to the display unit, rounded."""
        if self.imperial:
            _, _, factor, offset = _IMPERIAL[unit]
            value = value * factor + offset
        return round(value, digits)

    def parse(self, text: str | None, unit: str) -> str | None:
        """A form value as a journal quantity string ("165 lb"), or None when empty."""
        text = (text or "").strip()
        if not text:
            return None
        if any(c.isalpha() for c in text):
            return text  # the person typed a unit themselves
        text = text.replace(",", ".")  # a decimal comma
        return f"{text} {_IMPERIAL[unit][1] if self.imperial else unit}"


def units_of(request: Request) -> Units:
    """The unit system chosen with the toggle (a cookie), metric by default."""
    return Units(request.cookies.get(UNITS_COOKIE, "metric"))


def zone_of(url: str, user: str) -> dt.tzinfo:
    """The person's time zone from their profile, else UTC."""
    from crampwise.services.journal import profile

    prof = profile(url, user)
    if prof is not None and prof.timezone:
        return ZoneInfo(prof.timezone)
    return dt.UTC


def now_in(zone: dt.tzinfo) -> dt.datetime:
    """Now, in the person's zone, to the minute (what the forms default to)."""
    return dt.datetime.now(zone).replace(second=0, microsecond=0)


def render(request: Request, name: str, user: Account | None = None, status_code: int = 200,
           **context: Any) -> HTMLResponse:
    """Render a page template with the common context (user, units as ``measure``, path)."""
    context.setdefault("measure", units_of(request))
    context["user"] = user
    context["path"] = request.url.path
    return templates.TemplateResponse(request, name, context, status_code=status_code)
