"""Plan: the personal prevention plan, the pre-workout plan and the reminders as an .ics file."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from crampwise.domain.vocabulary import ACTIVITIES, VocabularyError
from crampwise.errors import UserError
from crampwise.services import plan as plans
from crampwise.web.pages._common import DbUrl, PageUser, render, units_of

router = APIRouter(include_in_schema=False)

SECTIONS = ("hydration", "nutrition", "warm_up", "cool_down", "training", "rest", "sleep",
            "posture")


@router.get("/plan", response_class=HTMLResponse)
def plan_page(request: Request, url: DbUrl, user: PageUser, activity: str = "",
              duration_min: str = "", temperature_c: str = "") -> Response:
    """The plan by section, and (when asked) the plan for one coming session."""
    result = plans.plan(url, user.username)
    sections = [(name, result[name]) for name in SECTIONS if isinstance(result.get(name), dict)]
    prepared: dict[str, Any] | None = None
    problem = ""
    if activity and duration_min:
        try:
            temperature = float(temperature_c) if temperature_c.strip() else None
            if temperature is not None and units_of(request).imperial:
                temperature = round((temperature - 32) / 1.8, 1)  # the form asks in °F
            prepared = plans.prepare(url, user.username, activity, float(duration_min),
                                     temperature)
        except (ValueError, UserError, VocabularyError) as exc:
            problem = str(exc)
    return render(request, "plan.html", user, plan=result, sections=sections,
                  prepared=prepared, problem=problem, activities=ACTIVITIES,
                  form={"activity": activity, "duration_min": duration_min,
                        "temperature_c": temperature_c})


@router.get("/plan.ics")
def plan_calendar(url: DbUrl, user: PageUser) -> Response:
    """The plan's reminders as an iCalendar file."""
    return Response(plans.plan_ics(url, user.username), media_type="text/calendar",
                    headers={"Content-Disposition": 'attachment; filename="crampwise-plan.ics"'})
