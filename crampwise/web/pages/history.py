"""History: a timeline of episodes against fluid balance, training and sleep, with filters.

The page is cheap by design: it reads only the period shown (30 days unless the filter says
otherwise) and only the five entry types it draws, through the focused query of
``crampwise.store.history``. What it draws (filter form, chart spec and tables) is kept in a
small per-process cache keyed on the person, the filters, units, time zone, today's date and a
fingerprint of the entries in the period, so a log, edit, delete or import there is seen on the
next request while repeated views cost one short query.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import OrderedDict
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from crampwise.domain.vocabulary import MUSCLES, muscle_label
from crampwise.services import history as reads
from crampwise.web.deps import SignInRequired
from crampwise.web.pages._common import DbUrl, Units, render, templates, units_of
from crampwise.web.pages._history import PERIODS, series_of, spec

router = APIRouter(include_in_schema=False)

TYPES = ["episode", "workout", "fluid", "body_mass", "sleep"]
CACHE_SIZE = 256
"""Drawn periods kept per process (each a few tens of kB for the default period)..."""
CACHE_CHARS = 32_000_000
"""...and at most this much HTML in all (a three-year "everything" page is about 1 MB)."""

_MUSCLES = [(m, muscle_label(m)) for m in MUSCLES]
_cache: OrderedDict[tuple[object, ...], Markup] = OrderedDict()
_cache_lock = threading.Lock()
_cached_chars = 0


def _remember(key: tuple[object, ...], body: Markup) -> None:
    global _cached_chars
    if len(body) > CACHE_CHARS // 4:
        return
    with _cache_lock:
        old = _cache.pop(key, None)
        _cached_chars += len(body) - (len(old) if old is not None else 0)
        _cache[key] = body
        while len(_cache) > CACHE_SIZE or _cached_chars > CACHE_CHARS:
            _, dropped = _cache.popitem(last=False)
            _cached_chars -= len(dropped)


def _recall(key: tuple[object, ...]) -> Markup | None:
    with _cache_lock:
        body = _cache.get(key)
        if body is not None:
            _cache.move_to_end(key)
        return body


def _zone(name: str | None) -> dt.tzinfo:
    return ZoneInfo(name) if name else dt.UTC


def _draw(url: str, user_id: int, since: dt.datetime | None, muscle: str, period: str,
          units: Units) -> tuple[tuple[object, ...], Markup]:
    """Read the period and draw it: the chart spec and the tables, with the cache key."""
    window, found = reads.rows(url, user_id, since)
    zone = _zone(window.timezone)
    data = series_of(found.episodes, found.workouts, found.masses, found.fluids, found.sleeps,
                     zone, muscle or None, units)
    today = dt.datetime.now(zone).date()
    days = [r["date"] for r in data["rows"]] + [e["date"] for e in data["episodes"]]
    start = (today - dt.timedelta(days=int(period) - 1) if period != "all"
             else dt.date.fromisoformat(min(days)) if days else today)
    spec_json = json.dumps(spec(data, start, today), separators=(",", ":")).replace("</", "<\\/")
    body = Markup(templates.get_template("_history_body.html").render(  # noqa: S704 - autoescaped template
        data=data, spec_json=spec_json, muscle=muscle, period=period, periods=PERIODS,
        muscles=_MUSCLES))
    return _key(url, user_id, muscle, period, units, window), body


def _key(url: str, user_id: int, muscle: str, period: str, units: Units,
         window: reads.Window) -> tuple[object, ...]:
    today = dt.datetime.now(_zone(window.timezone)).date()
    return (url, user_id, muscle, period, units.system, window.timezone, today, window.version)


@router.get("/history", response_class=HTMLResponse)
def history(request: Request, url: DbUrl, muscle: str = "", period: str = "30") -> Response:
    """The chart (drawn by Vega-Lite from inline data) and the episode table beneath it."""
    muscle = muscle if muscle in MUSCLES else ""
    period = period if period in PERIODS else "30"
    units = units_of(request)
    since = (None if period == "all"
             else dt.datetime.now(dt.UTC) - dt.timedelta(days=int(period)))
    # What ``PageUser`` checks, done in the same statement as the version check (one round trip).
    uid = request.session.get("uid")
    found = reads.signed_in(url, uid, since) if isinstance(uid, int) else None
    if found is None or found[0].token_version != request.session.get("tv"):
        raise SignInRequired(request.url.path
                             + (f"?{request.url.query}" if request.url.query else ""))
    user, window = found
    body = _recall(_key(url, user.id, muscle, period, units, window))
    if body is None:
        key, body = _draw(url, user.id, since, muscle, period, units)
        _remember(key, body)
    return render(request, "history.html", user, body=body)
