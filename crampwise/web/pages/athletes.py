"""Athletes: the roster of people who share their journal with this account (a coach or
physiotherapist), and read-only views of each one's report and analysis.

Every athlete route first checks the share (``sharing.athlete``); a name that does not share
with the viewer answers 404 with the same words as a name that does not exist.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from crampwise.domain.vocabulary import disposition_label
from crampwise.services import sharing
from crampwise.web.pages._common import DbUrl, PageUser, render, zone_of
from crampwise.web.pages.insights import insights_page
from crampwise.web.pages.report import PERIODS, report_page

router = APIRouter(include_in_schema=False)


@router.get("/athletes", response_class=HTMLResponse)
def roster(request: Request, url: DbUrl, user: PageUser) -> Response:
    """Everyone who shares with you: who needs a doctor, recent episodes, the likely cause."""
    rows = sharing.roster(url, user)
    zones = {r.username: zone_of(url, r.username) for r in rows}
    labels = {r.username: disposition_label(r.disposition) if r.disposition else None
              for r in rows}
    return render(request, "athletes.html", user, rows=rows, zones=zones, labels=labels,
                  recent_days=sharing.RECENT_DAYS,
                  notice="Removed from your athletes." if request.query_params.get("done")
                  else None)


@router.get("/athletes/{username}/report", response_class=HTMLResponse)
def athlete_report(request: Request, url: DbUrl, user: PageUser, username: str,
                   period: str = "90") -> Response:
    """An athlete's report for a doctor, read-only."""
    name = sharing.athlete(url, user, username)
    return report_page(request, url, user, name, period if period in PERIODS else "90")


@router.get("/athletes/{username}/insights", response_class=HTMLResponse)
def athlete_insights(request: Request, url: DbUrl, user: PageUser, username: str) -> Response:
    """An athlete's likely causes and triggers, read-only."""
    return insights_page(request, url, user, sharing.athlete(url, user, username))


@router.post("/athletes/remove")
def remove(url: DbUrl, user: PageUser,
           athlete: Annotated[str, Form(max_length=64)] = "") -> Response:
    """Take an athlete off your roster (they can share again)."""
    sharing.drop_athlete(url, user, athlete)
    return RedirectResponse("/athletes?done=removed", status_code=303)
