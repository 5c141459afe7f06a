"""History: a timeline of episodes against fluid balance, training and sleep, with filters."""

from __future__ import annotations

import datetime as dt
import json

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from crampwise.domain.vocabulary import MUSCLES, muscle_label
from crampwise.services.insights import load_entries
from crampwise.web.pages._common import DbUrl, PageUser, render, units_of, zone_of
from crampwise.web.pages._history import PERIODS, series, spec

router = APIRouter(include_in_schema=False)

TYPES = ["episode", "workout", "fluid", "body_mass", "sleep"]


@router.get("/history", response_class=HTMLResponse)
def history(request: Request, url: DbUrl, user: PageUser, muscle: str = "",
            period: str = "30") -> Response:
    """The chart (drawn by Vega-Lite from inline data) and the episode table beneath it."""
    muscle = muscle if muscle in MUSCLES else ""
    period = period if period in PERIODS else "30"
    zone = zone_of(url, user.username)
    since = (None if period == "all"
             else dt.datetime.now(dt.UTC) - dt.timedelta(days=int(period)))
    found = load_entries(url, user.username, since=since)  # fast read: no re-validation
    data = series(found, zone, muscle or None, units_of(request))
    muscles = [(m, muscle_label(m)) for m in MUSCLES]
    today = dt.datetime.now(zone).date()
    days = [r["date"] for r in data["rows"]] + [e["date"] for e in data["episodes"]]
    start = (today - dt.timedelta(days=int(period) - 1) if period != "all"
             else dt.date.fromisoformat(min(days)) if days else today)
    spec_json = json.dumps(spec(data, start, today)).replace("</", "<\\/")
    return render(request, "history.html", user, data=data, spec_json=spec_json,
                  muscle=muscle, period=period, periods=PERIODS, muscles=muscles)
