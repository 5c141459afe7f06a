"""Insights: likely causes and personal triggers from the insight engine, or what it will need."""

from __future__ import annotations

import importlib
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from crampwise.services import journal
from crampwise.services.accounts import Account
from crampwise.web.pages._common import DbUrl, PageUser, render

router = APIRouter(include_in_schema=False)

#: What the analysis looks at, shown while there is too little data (or no engine yet).
NEEDS = [
    ("episode", "Cramps and twitches", "every episode, with the muscle and when it happened "
     "(Now logs them for you)", 10),
    ("workout", "Workouts", "activity, duration and effort (import from your watch)", 10),
    ("fluid", "Drinks", "what you drank around workouts", 10),
    ("body_mass", "Body mass", "before and after workouts, for your sweat rate", 2),
    ("sleep", "Sleep", "hours slept", 7),
    ("meal", "Meals", "a few typical days of food, for magnesium, potassium and sodium", 3),
]


def analysis_function() -> Any:
    """``crampwise.services.insights.analyze`` once it exists, else None."""
    try:
        module = importlib.import_module("crampwise.services.insights")
    except ImportError:
        return None
    return getattr(module, "analyze", None)


@router.get("/insights", response_class=HTMLResponse)
def insights(request: Request, url: DbUrl, user: PageUser) -> Response:
    """The analysis of this person's journal, with each finding's evidence grade."""
    return insights_page(request, url, user, user.username)


def insights_page(request: Request, url: str, viewer: Account, subject: str) -> Response:
    """The analysis of ``subject``'s journal as ``viewer`` sees it (themselves, or their coach)."""
    counts = journal.counts(url, subject)
    needs = [{"type": t, "label": label, "what": what, "have": counts.get(t, 0), "want": want}
             for t, label, what, want in NEEDS]
    analyze = analysis_function()
    result: Any = analyze(url, subject) if analyze is not None else None
    if hasattr(result, "model_dump"):
        result = result.model_dump(mode="json")
    return render(request, "insights.html", viewer, result=result, needs=needs,
                  available=analyze is not None, subject=subject,
                  shared=subject != viewer.username)
