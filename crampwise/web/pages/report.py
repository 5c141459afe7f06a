"""A printable report for a doctor: episodes, where and when they happen, and warning signs."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from statistics import median
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from crampwise.domain.journal import Episode, Medication
from crampwise.domain.vocabulary import flag_label, muscle_label
from crampwise.services import journal
from crampwise.services.accounts import Account
from crampwise.web.pages._common import DbUrl, PageUser, render, zone_of
from crampwise.web.pages.insights import analysis_function

router = APIRouter(include_in_schema=False)

PERIODS = {"30": "30 days", "90": "90 days", "365": "12 months"}


def summarise(episodes: list[Episode]) -> dict[str, Any]:
    """Counts by kind, muscle and situation; typical duration and pain; flags answered yes."""
    durations = [float(e.duration_s) for e in episodes if e.duration_s is not None]
    pains = [e.pain for e in episodes if e.pain is not None]
    flags: Counter[str] = Counter()
    for e in episodes:
        flags.update(k for k, v in (e.flags or {}).items() if v)
    return {
        "total": len(episodes),
        "kinds": Counter("cramp" if e.kind == "spasm" else "twitch" for e in episodes),
        "muscles": Counter(muscle_label(e.muscle) for e in episodes).most_common(),
        "during": Counter((e.during or "not recorded").replace("_", " ")
                          for e in episodes).most_common(),
        "median_duration_s": median(durations) if durations else None,
        "median_pain": median(pains) if pains else None,
        "max_pain": max(pains) if pains else None,
        "flags": [(flag_label(k), n) for k, n in flags.most_common()],
        "relieved": sum(1 for e in episodes if e.relieved is True),
        "not_relieved": sum(1 for e in episodes if e.relieved is False),
    }


@router.get("/report", response_class=HTMLResponse)
def report(request: Request, url: DbUrl, user: PageUser, period: str = "90") -> Response:
    """The "show my doctor" report (print it, or save it as PDF from the print dialog)."""
    return report_page(request, url, user, user.username, period)


def report_page(request: Request, url: str, viewer: Account, subject: str,
                period: str = "90") -> Response:
    """The report of ``subject``'s journal as ``viewer`` sees it (themselves, or their coach)."""
    period = period if period in PERIODS else "90"
    zone = zone_of(url, subject)
    now = dt.datetime.now(zone)
    since = now - dt.timedelta(days=int(period))
    episodes = [e for _, e in journal.entries(url, subject, types=["episode"], since=since)
                if isinstance(e, Episode)]
    medications = [m for _, m in journal.entries(url, subject, types=["medication"])
                   if isinstance(m, Medication)]
    analyze = analysis_function()
    patterns: Any = analyze(url, subject) if analyze is not None else None
    if hasattr(patterns, "model_dump"):
        patterns = patterns.model_dump(mode="json")
    return render(request, "report.html", viewer, summary=summarise(episodes),
                  episodes=list(reversed(episodes)), medications=medications,
                  patterns=patterns, period=period, periods=PERIODS, since=since, now=now,
                  zone=zone, profile=journal.profile(url, subject), subject=subject,
                  shared=subject != viewer.username)
